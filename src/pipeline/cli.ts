/**
 * `npm run extract -- [--seeds DIR] [--out FILE] [--strict]`
 * A thin shell around `extractCorpus`: read the seed files, write the
 * timeline JSON, print one diagnostic line per problem.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { extractCorpus } from './extract.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { writeJson } from './writeJson.ts';
import { timelineValidator } from './validateTimeline.ts';

interface Options {
  seeds: string;
  out: string;
  strict: boolean;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = { seeds: 'seeds', out: 'public/data/timeline.json', strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--strict') options.strict = true;
    else if (arg === '--seeds' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value`);
      options[arg === '--seeds' ? 'seeds' : 'out'] = value;
    } else throw new Error(`unknown argument: ${arg} (use --seeds DIR, --out FILE, --strict)`);
  }
  return options;
}

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`extract: ${(error as Error).message}`);
    return 2;
  }
  const dir = resolve(options.seeds);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()).sort();
  } catch {
    console.error(`extract: cannot read the seeds folder ${options.seeds}`);
    return 2;
  }
  const started = performance.now();
  const files = names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
  const timeline = extractCorpus(files);
  // Checked once here, so the app can trust what it loads.
  const validate = timelineValidator();
  if (!validate(timeline)) {
    console.error(`extract: the timeline does not match its schema (a pipeline bug): ${JSON.stringify(validate.errors?.slice(0, 5))}`);
    return 3;
  }
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  // Write then rename, so a build reading the file never sees half of it.
  const temporary = `${options.out}.${process.pid}.tmp`;
  writeJson(temporary, timeline);
  renameSync(temporary, options.out);
  for (const d of timeline.diagnostics) console.error(formatDiagnostic(d));
  const ms = Math.round(performance.now() - started);
  console.log(
    `extract: ${timeline.documents.length} articles, ${timeline.events.length} events, ` +
      `${timeline.actors.length} actors → ${options.out} (${ms} ms)`,
  );
  const problems = timeline.diagnostics.filter((d) => d.severity !== 'info').length;
  if (problems) console.log(`extract: ${problems} problem(s) reported above`);
  return options.strict && problems > 0 ? 1 : 0;
}

process.exitCode = main();
