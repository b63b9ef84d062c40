import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const shim = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
const SHIMS: Record<string, string> = {
  'd3-transition': shim('d3TransitionShim'),
  'd3-interpolate': shim('d3InterpolateShim'),
};

/**
 * d3-zoom and d3-brush import d3-transition (with d3-timer, d3-ease) and
 * d3-interpolate (with d3-color) only to animate d3 transitions. The app
 * never runs one: it eases the zoom itself and sets zoom.duration(0). In the
 * browser build, and for those two modules only, this resolves both imports
 * to small shims: about 19 KB gzip saved of the 60 KB budget. Everything
 * else, including the app's own imports, resolves as published.
 */
export function d3Lean(): Plugin {
  return {
    name: 'threadline-d3-lean',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      const target = SHIMS[id];
      if (!target || !importer || !/[\\/]node_modules[\\/]d3-(zoom|brush)[\\/]/.test(importer)) return null;
      return target;
    },
  };
}
