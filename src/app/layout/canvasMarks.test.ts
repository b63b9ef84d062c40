import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OtherSource, TimelineEvent } from '../../lib/schema.ts';
import type { PreparedEvent, Shape } from '../data/types.ts';
import { drawScene, type Scene, type Theme } from './canvasMarks.ts';
import type { LaneLayout } from './laneLayout.ts';

/** A 2D context that records what is written on it; every character is 7 px wide. */
function recorder() {
  const texts: string[] = [];
  /** Rounded boxes traced, each with the style it was then filled with (undefined when it was not). */
  const boxes: { x: number; w: number; fill: unknown }[] = [];
  const state: Record<string | symbol, unknown> = {};
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'fillText') return (t: string) => texts.push(t);
      if (key === 'roundRect') return (x: number, _y: number, w: number) => boxes.push({ x, w, fill: undefined });
      if (key === 'fill') return () => boxes.length && (boxes[boxes.length - 1]!.fill = target.fillStyle);
      if (key === 'measureText') return (t: string) => ({ width: [...t].length * 7 });
      if (key === 'createPattern') return () => ({});
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, texts, boxes };
}

const theme: Theme = {
  cat: { unrest: '#b00', military: '#850', diplomacy: '#15a', statement: '#164', economy: '#739', other: '#566' },
  ink: '#111',
  ink2: '#444',
  surface: '#fff',
  rule: '#ddd',
  ruleStrong: '#bbb',
  onCat: '#fff',
  family: 'sans-serif',
  rem: 16,
  mixed: (color, share) => `${color}@${share}`,
};
const ev = (id: string, titleEn: string, shape: Shape = 'point', others = 0) =>
  ({
    id,
    shape,
    event: {
      title: titleEn,
      titleEn,
      source: { document: 'd0' },
      // Each from another article: the count on a mark is of articles.
      otherSources: Array.from({ length: others }, (_, i) => ({ source: { document: `d${i + 1}` } }) as OtherSource),
    } as TimelineEvent,
  }) as unknown as PreparedEvent;

function scene(layout: LaneLayout, over: Partial<Scene> = {}): Scene {
  return {
    width: 800,
    height: 200,
    axis: { ticks: [{ t: 0, x: 100, label: '10' }], context: [{ t: 0, x: 0, label: 'Jan 2022' }] },
    axisHeight: 40,
    lanes: [{ category: 'diplomacy', rows: 2, bandRows: 1, layout, top: 40, height: 80 }],
    padTop: 8,
    names: null,
    maxCount: 12,
    selectedId: null,
    lang: 'en',
    counter: (n) => String(n),
    ...over,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('drawScene', () => {
  const layout: LaneLayout = {
    marks: [
      { ev: ev('a', 'Wang Yi – Lavrov phone call', 'point', 2), x: 100, row: 0, label: 240, side: 'right' },
      { ev: ev('b', 'A title far too long to fit in the room a neighbour leaves it', 'point'), x: 400, row: 0, label: 70, side: 'right' },
      { ev: ev('c', 'No room for me'), x: 600, row: 1, label: 0, side: 'right' },
    ],
    bands: [{ ev: ev('d', 'Kazakhstan: unrest', 'range'), x0: 100, x1: 500, row: 0 }],
    clusters: [{ key: 'k', x: 700, count: 12, span: [0, 1], selected: false }],
    groups: [],
  };

  it('writes the axis, the labels that have room (cut to fit), bar titles and counts', () => {
    const { ctx, texts } = recorder();
    drawScene(ctx, scene(layout), theme);
    expect(texts).toContain('Jan 2022');
    expect(texts).toContain('10');
    expect(texts).toContain('Wang Yi – Lavrov phone call');
    // 70 px at 7 px a character: nine characters and the ellipsis.
    expect(texts.find((t) => t.startsWith('A title'))).toBe('A title f…');
    expect(texts).not.toContain('No room for me');
    expect(texts).toContain('Kazakhstan: unrest');
    expect(texts).toContain('12');
  });

  it('shows how many sources report an event on its mark', () => {
    const { ctx, texts } = recorder();
    drawScene(ctx, scene(layout), theme);
    expect(texts).toContain('3');
  });

  it('names the lanes inside them on narrow plots', () => {
    const { ctx, texts } = recorder();
    const names = { unrest: 'Unrest', military: 'Military', diplomacy: 'Diplomacy', statement: 'Statements', economy: 'Economy', other: 'Other' };
    drawScene(ctx, scene(layout, { names }), theme);
    expect(texts).toContain('Diplomacy');
  });

  it('draws months and years as washes with dashed edges, dashed all round by a checker of the colour and its pale mix', () => {
    // A pattern's tile: each pixel's colour.
    vi.stubGlobal('OffscreenCanvas', class {
      grid: string[][];
      constructor(w: number, h: number) {
        this.grid = Array.from({ length: h }, () => Array<string>(w).fill(''));
      }
      getContext() {
        const grid = this.grid;
        let colour = '';
        return {
          set fillStyle(c: string) {
            colour = c;
          },
          set globalAlpha(_: number) {},
          fillRect(x: number, y: number, w: number, h: number) {
            for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) if (grid[j]?.[i] !== undefined) grid[j]![i] = colour;
          },
        };
      }
    });
    const { ctx, texts, boxes } = recorder();
    const dashCalls: unknown[] = [];
    (ctx as unknown as Record<string, unknown>).createPattern = (tile: { grid: string[][] }) => ({ tile: tile.grid });
    (ctx as unknown as Record<string, unknown>).setLineDash = (d: unknown) => dashCalls.push(d);
    const month: LaneLayout = { marks: [], bands: [{ ev: ev('m', 'Afghanistan: takeover', 'band'), x0: 0, x1: 300, row: 0 }], clusters: [], groups: [] };
    drawScene(ctx, scene(month), theme);
    expect(texts).toContain('Afghanistan: takeover');
    expect(dashCalls).toEqual([]);
    const c = theme.cat.diplomacy;
    const pale = theme.mixed(c, 0.16);
    // The band's box filled with the checker, then the box 1 px inside it with the pale mix.
    const outer = boxes.find((b) => b.x === 0 && b.w === 300)!;
    const checker = (outer.fill as { tile: string[][] }).tile;
    expect(boxes.find((b) => b.x === 1 && b.w === 298)?.fill).toBe(pale);
    const runs = (line: string[]) => [line.filter((p) => p === c).length, line.filter((p) => p === pale).length].sort().join('+');
    const columns = checker[0]!.map((_, i) => checker.map((row) => row[i]!));
    for (const line of [...checker, ...columns]) expect(runs(line)).toBe('2+3');
  });

  it('rings a count that holds the selected event, as it rings a selected mark', () => {
    const around = (selected: boolean) => {
      const { ctx, boxes } = recorder();
      drawScene(ctx, scene({ marks: [], bands: [], groups: [], clusters: [{ key: 'k', x: 700, count: 12, span: [0, 1], selected }] }), theme);
      return boxes;
    };
    expect(around(false)).toHaveLength(2);
    const ringed = around(true);
    // The ring's two boxes (ink, then a gap of surface) come first, wider than the count.
    expect(ringed).toHaveLength(4);
    expect(ringed[0]!.w).toBeGreaterThan(ringed[2]!.w);
    expect(ringed[0]!.x).toBeLessThan(ringed[2]!.x);
  });
});
