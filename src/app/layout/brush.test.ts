import { describe, expect, it } from 'vitest';
import { dragTo, grabAt } from './brush.ts';

describe('grabAt', () => {
  it.each([
    [100, 'start'],
    [104, 'start'],
    [150, 'move'],
    [198, 'end'],
    [40, 'new'],
    [260, 'new'],
  ] as const)('a press at %d takes %s of [100, 200]', (x, grab) => {
    expect(grabAt(x, [100, 200])).toBe(grab);
  });
  it('takes the nearer edge of a selection narrower than two grips', () => {
    expect(grabAt(101, [100, 104])).toBe('start');
    expect(grabAt(104, [100, 104])).toBe('end');
  });
});

describe('dragTo', () => {
  it.each([
    ['new', 300, 400, [300, 400]],
    ['new', 400, 300, [300, 400]],
    ['new', 900, 1200, [900, 1000]],
    ['move', 150, 180, [130, 230]],
    ['move', 150, -500, [0, 100]],
    ['move', 150, 2000, [900, 1000]],
    ['start', 100, 50, [50, 200]],
    ['end', 200, 260, [100, 260]],
    ['start', 100, 300, [200, 300]],
    ['end', 200, 20, [20, 100]],
  ] as const)('%s from %d to %d gives %j (selection [100, 200], range 0–1000)', (grab, from, to, expected) => {
    expect(dragTo(grab, [100, 200], from, to, 0, 1000)).toEqual(expected);
  });
});
