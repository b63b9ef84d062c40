/**
 * Child process of the extraction benchmark: reads a corpus folder, runs
 * extractCorpus on it `repeats` times in this process (the first run is cold,
 * the others warm), and prints one JSON line with the timings and the
 * process's peak resident memory.
 *
 *   npx tsx bench/extractWorker.ts DIR [REPEATS]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCorpus } from '../src/pipeline/extract.ts';

const [dir, repeatArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx bench/extractWorker.ts DIR [REPEATS]');
  process.exit(2);
}
const repeats = Math.max(1, Number(repeatArg ?? 1));
const readStarted = performance.now();
const files = readdirSync(dir)
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(dir, name)) as Uint8Array }));
const readMs = performance.now() - readStarted;
const runsMs: number[] = [];
let events = 0;
let documents = 0;
for (let i = 0; i < repeats; i++) {
  const started = performance.now();
  const timeline = extractCorpus(files);
  runsMs.push(performance.now() - started);
  events = timeline.events.length;
  documents = timeline.documents.length;
}
console.log(
  JSON.stringify({
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
    documents,
    events,
    readMs,
    runsMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
