/**
 * How long the DATE stage takes: `npx tsx src/pipeline/dates/measure.ts`.
 * Runs findDates over the first seed's sentences 1,000 times (1,000
 * seed-sized articles) and prints the best and median of seven runs.
 * A measurement to read, not a test: timings depend on the machine's load.
 */
import { readFileSync } from 'node:fs';
import { findDates } from './index.ts';

const SEED = new URL('../../../seeds/000_b1eebe35896f2b82.txt', import.meta.url);
const raw = readFileSync(SEED, 'utf8');
const published = new Date(Number(/<!--(\d+)-->/.exec(raw)?.[1] ?? 0));
const sentences = raw
  .replace(/<[^>]+>/g, '\n')
  .split(/(?<=[。！？])|\n/)
  .map((s) => s.trim())
  .filter(Boolean);
const ctx = { published, reference: null };
const dated = sentences.filter((s) => findDates(s, ctx).length > 0);
const undated = sentences.filter((s) => findDates(s, ctx).length === 0);

function measure(label: string, list: readonly string[], repeats: number): void {
  for (let i = 0; i < 100; i++) for (const s of list) findDates(s, ctx);
  const runs: number[] = [];
  for (let run = 0; run < 7; run++) {
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < repeats; r++) for (const s of list) findDates(s, ctx);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  const perSentence = (ms: number): string => ((ms * 1000) / (repeats * list.length)).toFixed(2);
  console.log(
    `${label}: best ${runs[0]!.toFixed(0)} ms, median ${runs[3]!.toFixed(0)} ms ` +
      `(${perSentence(runs[0]!)}–${perSentence(runs[3]!)} µs a sentence)`,
  );
}

console.log(`seed: ${sentences.length} sentences, ${dated.length} with dates`);
measure('1,000 seed articles', sentences, 1000);
measure('  sentences with dates', dated, 1000);
measure('  sentences without dates', undated, 1000);
