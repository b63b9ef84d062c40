import { describe, expect, it } from 'vitest';
import { parseOptions } from '../options.ts';
import { frameStats } from '../zoom.ts';
import { ratio } from '../lib/format.ts';

describe('parseOptions', () => {
  it('reads modes and overrides', () => {
    const o = parseOptions(['--quick', '--only', 'extract,size', '--sizes', '10,1_000', '--timeout', '30']);
    expect(o).toMatchObject({ mode: 'quick', parts: ['extract', 'size'], extractSizes: [10, 1000], timeoutMs: 30_000 });
    expect(parseOptions(['--smoke']).report).toBe(false);
  });
  it.each([['--only', 'extract,fly'], ['--sizes', '0'], ['--bogus', '1'], ['--runs']])('rejects %s %s', (...argv) => {
    expect(() => parseOptions(argv)).toThrow();
  });
});

describe('frameStats', () => {
  it('reads intervals between animation frames and long tasks', () => {
    const s = frameStats([0, 16.7, 33.4, 50.1, 150], [[60, 80]]);
    expect(s.frames).toBe(4);
    expect(s.worst).toBeCloseTo(99.9);
    expect(s.slowShare).toBe(0.25);
    expect(s.longestTaskMs).toBe(80);
    expect(s.busyPerFrame).toBeNull();
  });
  it('spreads the main thread busy time over the frames drawn', () => {
    expect(frameStats([0, 16.7, 33.4, 50.1, 66.8], [], 12).busyPerFrame).toBe(3);
    expect(frameStats([0], [], 12).busyPerFrame).toBeNull();
  });
  it('spreads it over the input steps played too, when there were any', () => {
    expect(frameStats([0, 16.7, 33.4], [], 120, 4).busyPerStep).toBe(30);
    expect(frameStats([0, 16.7, 33.4], [], 120).busyPerStep).toBeNull();
    expect(frameStats([0, 16.7, 33.4], [], null, 4).busyPerStep).toBeNull();
  });
});

describe('ratio', () => {
  it('says how many times faster ours is', () => {
    expect(ratio(100, 1000)).toBe('0.10 (10.0× faster)');
    expect(ratio(200, 100)).toBe('2.00 (2.0× slower)');
    expect(ratio(null, 100)).toBe('—');
  });
});
