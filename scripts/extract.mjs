/**
 * `npm run extract`: the extraction CLI (src/pipeline/cli.ts) from its
 * prebuilt bundle, rebuilt first when a source changed (see extractBundle.mjs).
 * Arguments pass through: the bundle reads process.argv like cli.ts does.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRY, ensureBundle, projectRoot } from './extractBundle.mjs';

/**
 * The module to run: the bundle, or, when it cannot be built or written (a
 * read-only checkout, a full disk), the TypeScript sources through tsx: a
 * second or so slower to start, the same output.
 */
export async function cliModule(root, ensure = ensureBundle, warn = console.error) {
  try {
    return pathToFileURL(await ensure(root)).href;
  } catch (error) {
    warn(`extract: cannot prepare the CLI's bundle in .cache/extract (${error.message.split('\n')[0]}); running the sources through tsx instead`);
    const { register } = await import('tsx/esm/api');
    register();
    return pathToFileURL(join(root, ENTRY)).href;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await import(await cliModule(projectRoot()));
