import { minify } from 'terser';
import { describe, expect, it } from 'vitest';
import { withoutEmptyPreloads } from './emptyPreloads.ts';

// The shape of Vite's output: its feature test, its helper, and the calls it wraps imports in.
const HELPER = [
  'var rel = function () { let e = typeof document < "u" && document.createElement("link").relList; return e && e.supports && e.supports("modulepreload") ? "modulepreload" : "preload"; }();',
  'var seen = {};',
  'var preload = function (load, deps) { let r = Promise.resolve(); if (deps && deps.length > 0) r = Promise.all(deps.map((d) => { seen[d] = rel; })); function fail(e) { let t = new Event("vite:preloadError", { cancelable: true }); t.payload = e; window.dispatchEvent(t); if (!t.defaultPrevented) throw e; } return r.then(() => load()).catch(fail); };',
].join('\n');
const lazy = 'let chunk = null; export function open() { return chunk ??= preload(() => import("./more.js").then((m) => m.Panel), []); }';
const eager = 'export const print = () => preload(() => import("./print.js"), []);';

describe('withoutEmptyPreloads', () => {
  it('unwraps every import with nothing to preload, and the minifier then drops the helper', async () => {
    const out = withoutEmptyPreloads(`${HELPER}\n${lazy}\n${eager}`);
    expect(out).toContain('chunk ??= (import("./more.js").then((m) => m.Panel))');
    expect(out).toContain('print = () => (import("./print.js"))');
    const minified = (await minify(out, { module: true, compress: { passes: 2 } })).code!;
    expect(minified).not.toContain('preloadError');
    expect(minified).not.toContain('modulepreload');
    expect(minified).toContain('import("./more.js")');
  });

  it.each([
    ['an import with something to preload', `${HELPER}\n${lazy}\nexport const b = () => preload(() => import("./b.js"), ["assets/b.css"]);`],
    ['a loader with a body of statements', `${HELPER}\nexport const c = () => preload(() => { return import("./c.js"); }, []);`],
    ['no helper at all', 'export const d = () => import("./d.js");'],
  ])('leaves a chunk with %s as it is', (_, code) => {
    expect(withoutEmptyPreloads(code)).toBe(code);
  });
});
