/**
 * Stands in for d3-transition in the browser bundle (see d3Lean.ts).
 * d3-zoom and d3-brush import it only to interrupt transitions running on a
 * node; the app never starts one (it eases the zoom itself and sets
 * zoom.duration(0)), so there is never anything to interrupt.
 */
import { selection } from 'd3-selection';

export function interrupt(_node: Element, _name?: string): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (this: unknown) {
  return this;
};
