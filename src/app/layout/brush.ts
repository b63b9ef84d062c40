/**
 * The overview strip's brush, as pure maths: which part of a selection a
 * press grabs, and where a drag takes it. d3-brush did this, but carried
 * 3 KB (gzip) of two-dimensional brushing, transitions and drag handling
 * into a bundle with a 60 KB budget; one horizontal brush is this much.
 */
export type Grab = 'new' | 'move' | 'start' | 'end';

/** How close (px) to an edge of the selection a press takes that edge. */
export const EDGE = 5;

/** What a press at `x` takes hold of. */
export function grabAt(x: number, selection: readonly [number, number]): Grab {
  const [a, b] = selection;
  if (Math.abs(x - a) <= EDGE && Math.abs(x - a) <= Math.abs(x - b)) return 'start';
  if (Math.abs(x - b) <= EDGE) return 'end';
  return x > a && x < b ? 'move' : 'new';
}

/**
 * The selection after dragging from `from` to `to` with `grab` held, kept
 * inside [min, max]; an edge dragged past the other one swaps with it.
 */
export function dragTo(
  grab: Grab,
  selection: readonly [number, number],
  from: number,
  to: number,
  min: number,
  max: number,
): [number, number] {
  const clamp = (x: number) => Math.min(Math.max(x, min), max);
  const [a, b] = selection;
  if (grab === 'move') {
    const shift = Math.min(Math.max(to - from, min - a), max - b);
    return [a + shift, b + shift];
  }
  const anchor = grab === 'new' ? clamp(from) : grab === 'start' ? b : a;
  const moved = clamp(to);
  return anchor <= moved ? [anchor, moved] : [moved, anchor];
}
