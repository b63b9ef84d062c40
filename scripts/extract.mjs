/**
 * `npm run extract`: the extraction CLI (src/pipeline/cli.ts) from its
 * prebuilt bundle, rebuilt first when a source changed (see extractBundle.mjs).
 * Arguments pass through: the bundle reads process.argv like cli.ts does.
 */
import { pathToFileURL } from 'node:url';
import { ensureBundle, projectRoot } from './extractBundle.mjs';

const bundle = await ensureBundle(projectRoot());
await import(pathToFileURL(bundle).href);
