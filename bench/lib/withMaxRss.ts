/**
 * Runs a TypeScript entry point in this process and, when it exits, prints
 * its peak resident memory to stderr as `maxRSS <kB>`: the fallback where
 * /usr/bin/time -v is not installed.
 *
 *   npx tsx bench/lib/withMaxRss.ts src/pipeline/cli.ts --seeds DIR --out FILE
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: tsx bench/lib/withMaxRss.ts ENTRY [ARGS...]');
  process.exit(2);
}
process.argv = [process.argv[0]!, resolve(entry), ...args];
process.on('exit', () => console.error(`maxRSS ${process.resourceUsage().maxRSS}`));
await import(pathToFileURL(resolve(entry)).href);
