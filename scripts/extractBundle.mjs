/**
 * The extraction CLI as one prebuilt ES module, rebuilt whenever anything it
 * was built from changed.
 *
 * Why: running `src/pipeline/cli.ts` through tsx costs about 1.5 s before the
 * first line of the pipeline runs (a loader thread answering a request per
 * module, for some seventy modules). Node loads one plain module in a few
 * milliseconds. Dependencies in node_modules stay outside the bundle and are
 * resolved by Node at run time, so reinstalling them needs no rebuild.
 *
 * Staleness: the bundler reads every source file through `load` below, which
 * hashes exactly the bytes it hands over; the manifest keeps those hashes.
 * A run first re-hashes the listed files (a few milliseconds) and rebuilds on
 * any difference, so an edit made during a build is caught on the next run.
 * A new source file can only enter through an import in a listed file,
 * which then differs. The build recipe itself (this file, package.json,
 * package-lock.json for the bundler's and Ajv's versions, tsconfig.json) is
 * hashed too.
 *
 * The schema check (src/pipeline/validateTimeline.ts) is compiled by Ajv
 * here, once per build, into code that takes that module's place in the
 * bundle: the same validator, without compiling it on every run.
 *
 * Plain JavaScript so that Node runs it without a TypeScript loader.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ENTRY = 'src/pipeline/cli.ts';
/** Exports TimelineSchema, AJV_OPTIONS and timelineValidator(). */
export const VALIDATOR = 'src/pipeline/validateTimeline.ts';
/** Files that shape the output without being imported by the entry. */
export const RECIPE = ['scripts/extractBundle.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const MANIFEST = 'manifest.json';
/** Old bundles are removed only when this old, so a run that has just read the manifest still finds its file. */
const KEEP_OLD_MS = 10 * 60_000;

export const hashBytes = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Does the manifest still describe the sources? Pure: `read` returns a
 * file's bytes (relative to the project root) or null when it is gone.
 */
export function isFresh(manifest, read) {
  if (!manifest || typeof manifest.bundle !== 'string' || !manifest.inputs) return false;
  const names = Object.keys(manifest.inputs);
  if (!RECIPE.every((name) => names.includes(name))) return false;
  for (const name of names) {
    const bytes = read(name);
    if (bytes === null || hashBytes(bytes) !== manifest.inputs[name]) return false;
  }
  return read(join('.cache', 'extract', manifest.bundle)) !== null;
}

const readOrNull = (root) => (name) => {
  try {
    return readFileSync(join(root, name));
  } catch {
    return null;
  }
};

function readManifest(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The validator module as code: Ajv's standalone output for the schema,
 * with the exports validateTimeline.ts has. Pure but for Ajv.
 */
export async function standaloneValidatorModule(schema, options) {
  const { default: Ajv } = await import('ajv');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  // One validator serves every call, as a compiled one would.
  return (
    `${code}\nexport const TimelineSchema = ${JSON.stringify(schema)};\n` +
    `export const AJV_OPTIONS = ${JSON.stringify(options)};\nexport function timelineValidator() { return validate; }\n`
  );
}

/** One entry bundled in memory, every project file it reads hashed into `inputs`. */
async function bundleEntry(root, entry, inputs, replacements = {}) {
  const { build: viteBuild } = await import('vite');
  const hashingLoader = {
    name: 'threadline-hash-inputs',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0];
      if (id.startsWith('\0') || !file.startsWith(root + sep) || file.includes(`${sep}node_modules${sep}`)) return null;
      const bytes = readFileSync(file);
      const name = relative(root, file).split(sep).join('/');
      inputs[name] = hashBytes(bytes);
      return replacements[name] ?? bytes.toString('utf8');
    },
  };
  const result = await viteBuild({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [hashingLoader],
    build: {
      ssr: entry,
      write: false,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es' } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunks = output.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`expected one bundle chunk for ${entry}, got ${chunks.length}`);
  return chunks[0].code;
}

/** Run a bundled module from `dir` (so its imports resolve from the project) and return its exports. */
async function importCode(dir, code) {
  const file = join(dir, `.${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, code);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** Bundle the CLI with Vite (a dev dependency already), hashing every project file it reads. */
async function build(root, dir) {
  const inputs = {};
  const read = readOrNull(root);
  for (const name of RECIPE) {
    const bytes = read(name);
    inputs[name] = bytes === null ? 'missing' : hashBytes(bytes);
  }
  mkdirSync(dir, { recursive: true });
  const validation = await importCode(dir, await bundleEntry(root, VALIDATOR, inputs));
  const validator = await standaloneValidatorModule(validation.TimelineSchema, validation.AJV_OPTIONS);
  const code = await bundleEntry(root, ENTRY, inputs, { [VALIDATOR]: validator });
  const bundle = `cli-${hashBytes(code).slice(0, 16)}.mjs`;
  // Write then rename, bundle before manifest: a concurrent run sees either the old pair or the new one.
  const temporary = join(dir, `.${process.pid}.tmp`);
  writeFileSync(temporary, code);
  renameSync(temporary, join(dir, bundle));
  writeFileSync(temporary, JSON.stringify({ bundle, inputs }, null, 1));
  renameSync(temporary, join(dir, MANIFEST));
  removeOldBundles(dir, bundle);
  return bundle;
}

function removeOldBundles(dir, keep) {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith('cli-') || name === keep) continue;
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/** The path of an up-to-date bundle of the CLI, building it first when needed. */
export async function ensureBundle(root) {
  const dir = join(root, '.cache', 'extract');
  const manifest = readManifest(dir);
  const bundle = isFresh(manifest, readOrNull(root)) ? manifest.bundle : await build(root, dir);
  return join(dir, bundle);
}

export const projectRoot = () => resolve(fileURLToPath(new URL('..', import.meta.url)));
