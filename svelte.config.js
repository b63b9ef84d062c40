import { relative } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Scoping classes named from the component's path, `_` and five characters,
 * instead of Svelte's `svelte-` and the hash of its CSS: they appear on almost
 * every element in the templates and selector in the CSS, so the long form
 * cost about 0.2 KB gzip of the 60 KB budget. The path also keeps a class the
 * same while a component's styles change. No class of the app's own starts
 * with `_`; two components that ever shared one would stop the build.
 */
const scopes = new Map();
function cssHash({ hash, css, filename }) {
  const key = filename ? relative(process.cwd(), filename) : css;
  const scope = `_${hash(key).slice(0, 5)}`;
  const owner = scopes.get(scope);
  if (owner !== undefined && owner !== key) throw new Error(`svelte.config.js: ${owner} and ${key} would share the CSS scope ${scope}`);
  scopes.set(scope, key);
  return scope;
}

export default { preprocess: vitePreprocess(), compilerOptions: { cssHash, runes: true, discloseVersion: false } };
