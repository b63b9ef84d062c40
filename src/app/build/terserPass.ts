import { minify } from 'terser';
import type { Plugin } from 'vite';
import { withoutEmptyPreloads } from './emptyPreloads.ts';

/**
 * A second minifying pass with terser over what Vite's own minifier (Oxc)
 * wrote. Each finds savings the other misses: terser alone packs this app
 * about 0.7 KB gzip larger than Oxc, and after Oxc about 0.7 KB smaller,
 * which the 60 KB budget needs (BENCHMARKS.md). Four compress passes:
 * each of the third and fourth saved about 0.1-0.2 KB more, a fifth 20 bytes
 * (for 1 s more of build). Only terser's safe
 * transforms: Svelte reads getters for their effect (dependency tracking),
 * so nothing may assume property reads are pure.
 *
 * First it unwraps dynamic imports from Vite's preload helper where there is
 * nothing to preload (see emptyPreloads.ts), so this pass drops the helper.
 *
 * It runs on the finished chunks, after their names were hashed: a name
 * still changes whenever the source does, which is what caching needs. With
 * `--sourcemap` (profiling builds) it stands aside, so maps stay true.
 */
export function terserPass(): Plugin {
  return {
    name: 'threadline-terser-pass',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own generateBundle, which writes each preload's dependencies.
      order: 'post',
      async handler(options, bundle) {
        if (options.sourcemap) return;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const out = await minify(withoutEmptyPreloads(chunk.code), { module: true, ecma: 2020, compress: { passes: 4 }, format: { comments: false } });
          if (out.code) chunk.code = out.code;
        }
      },
    },
  };
}
