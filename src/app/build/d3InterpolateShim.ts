/**
 * Stands in for d3-interpolate inside d3-zoom and d3-brush only (see
 * d3Lean.ts). Both use it solely to animate d3 transitions, which the app
 * never starts, so reaching here means someone started one.
 */
const notBundled = (): never => {
  throw new Error('d3 transitions are not part of this build (see src/app/build/d3Lean.ts)');
};

export const interpolate = notBundled;
export const interpolateZoom = notBundled;
