import type { Category } from '../../lib/schema.ts';
import { CATEGORIES } from '../data/categories.ts';
import type { PreparedEvent } from '../data/types.ts';
import { eventTitle } from '../i18n/eventText.ts';
import type { Lang } from '../i18n/messages.ts';
import { sourceCount } from '../i18n/sourceCount.ts';
import type { AxisModel } from './axis.ts';
import type { ClusterBox, LaneLayout } from './laneLayout.ts';
import { BAND_HEIGHT, bandY, clusterGeometry, laneFrame, markGeometry, type Box } from './markGeometry.ts';
import { textFitter, type TextFitter } from './textFit.ts';

/**
 * Draws the timeline's plot on a canvas: grid and axis labels, lanes, day
 * groups, month and year washes, bars, marks with their labels, and counts.
 * One canvas redrawn once per frame costs a few milliseconds whatever the
 * zoom; a thousand positioned elements cost style, layout, paint and raster
 * on every frame. The buttons that make marks clickable, focusable and
 * named sit over the canvas in the same boxes (markGeometry.ts).
 */
export interface Theme {
  readonly cat: Record<Category, string>;
  readonly ink: string;
  readonly ink2: string;
  readonly surface: string;
  readonly rule: string;
  readonly ruleStrong: string;
  readonly onCat: string;
  readonly family: string;
  /** px per rem. */
  readonly rem: number;
  /**
   * The opaque colour that `color` at `share` opacity over the surface makes, as CSS
   * color-mix(in srgb, color share, surface) does: one fill where a wash over the
   * surface would take two.
   */
  readonly mixed: (color: string, share: number) => string;
}

/** The page's colours and font, read from its CSS custom properties (light or dark). */
export function readTheme(el: Element): Theme {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim() || '#888';
  const cat = {} as Record<Category, string>;
  for (const c of CATEGORIES) cat[c] = v(`--c-${c}`);
  return {
    cat,
    ink: v('--ink'),
    ink2: v('--ink-2'),
    surface: v('--surface'),
    rule: v('--rule'),
    ruleStrong: v('--rule-strong'),
    onCat: v('--on-cat'),
    family: css.fontFamily,
    rem: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
    mixed: mixer(v('--surface')),
  };
}

/** Mixes colours by painting one pixel as the plot would, so any CSS colour the page uses works. */
function mixer(surface: string): Theme['mixed'] {
  const mixes = new Map<string, string>();
  let pixel: CanvasRenderingContext2D | null = null;
  return (color, share) => {
    const key = `${color}|${share}`;
    let mix = mixes.get(key);
    if (mix === undefined) {
      pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      if (!pixel) return color;
      pixel.globalAlpha = 1;
      pixel.fillStyle = surface;
      pixel.fillRect(0, 0, 1, 1);
      pixel.globalAlpha = share;
      pixel.fillStyle = color;
      pixel.fillRect(0, 0, 1, 1);
      const [r, g, b] = pixel.getImageData(0, 0, 1, 1).data;
      mixes.set(key, (mix = `rgb(${r} ${g} ${b})`));
    }
    return mix;
  };
}

export interface SceneLane {
  readonly category: Category;
  readonly rows: number;
  readonly bandRows: number;
  readonly layout: LaneLayout;
  /** y of the lane's top edge in the plot, and its height. */
  readonly top: number;
  readonly height: number;
}

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly axis: AxisModel;
  readonly axisHeight: number;
  readonly lanes: readonly SceneLane[];
  /** Space above a lane's first row (room for the lane's own name on narrow plots). */
  readonly padTop: number;
  /** Lane names drawn in the lanes (narrow plots have no gutter). */
  readonly names: Record<Category, string> | null;
  readonly maxCount: number;
  readonly selectedId: string | null;
  readonly lang: Lang;
  readonly counter: (n: number) => string;
}

// Character widths per font, kept across frames; measured on the context being drawn, whose
// font is the fitter's whenever it measures (useFont sets it first).
const fitters = new Map<string, TextFitter>();
let measuring: CanvasRenderingContext2D | null = null;
const patterns = new Map<string, CanvasPattern>();

/** A pattern of one tile, painted once per key and kept across frames. */
function tiled(ctx: CanvasRenderingContext2D, key: string, w: number, h: number, paint: (p: OffscreenCanvasRenderingContext2D) => void): CanvasPattern {
  let p = patterns.get(key);
  if (!p) {
    const tile = new OffscreenCanvas(w, h);
    paint(tile.getContext('2d')!);
    patterns.set(key, (p = ctx.createPattern(tile, 'repeat')!));
  }
  return p;
}

export function drawScene(ctx: CanvasRenderingContext2D, s: Scene, t: Theme): void {
  // The canvas is opaque: it paints the plot's own background.
  ctx.fillStyle = t.surface;
  ctx.fillRect(0, 0, s.width, s.height);
  ctx.fontKerning = 'none';
  // Patterns' tiles are CSS pixels: scaled to the screen, they stay crisp instead of blurred.
  ctx.imageSmoothingEnabled = false;
  measuring = ctx;
  const font = (weight: number, rem: number) => `${weight} ${Math.round(rem * t.rem * 10) / 10}px ${t.family}`;
  // Setting ctx.font parses the font anew, even when it is the same; set it only when it changes.
  let current = '';
  const useFont = (f: string) => {
    if (f !== current) ctx.font = current = f;
    let fitter = fitters.get(f);
    if (!fitter) fitters.set(f, (fitter = textFitter((text) => measuring!.measureText(text).width)));
    return fitter;
  };
  const fill = (color: string | CanvasPattern, alpha = 1) => {
    ctx.fillStyle = color;
    ctx.globalAlpha = alpha;
  };
  /** A dashed vertical line in `color` at 55%: 3 px on, 3 px off. */
  const dashes = (color: string) =>
    tiled(ctx, color, 1, 6, (p) => {
      p.globalAlpha = 0.55;
      p.fillStyle = color;
      p.fillRect(0, 0, 1, 3);
    });
  /**
   * `on` and `off` in a 5 px checker: every row and every column runs 3 px of one, 2 of the other,
   * so a bar's edge filled with it reads as dashed all the way round, corners included. Stroking a
   * dashed outline cuts a path per dash: at 10k events the bars' outlines took about a sixth of the
   * time the canvas spent painting each zoom step.
   */
  const checker = (on: string, off: string) =>
    tiled(ctx, on + off, 5, 5, (p) => {
      p.fillStyle = off;
      p.fillRect(0, 0, 5, 5);
      p.fillStyle = on;
      p.fillRect(3, 0, 2, 3);
      p.fillRect(0, 3, 3, 2);
    });
  const rrect = (b: Box, r: number) => {
    ctx.beginPath();
    ctx.roundRect(b.x, b.y, b.w, b.h, r);
  };
  const mixFill = (c: string, share: number) => {
    fill(t.mixed(c, share));
    ctx.fill();
  };

  // Grid: a line per tick below the labels, a stronger one where a month or year starts.
  fill(t.rule);
  for (const k of s.axis.ticks) ctx.fillRect(Math.round(k.x), s.axisHeight - 6, 1, s.height);
  fill(t.ruleStrong);
  for (const c of s.axis.context) if (c.x > 0) ctx.fillRect(Math.round(c.x), 0, 1, s.height);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  useFont(font(700, 0.75));
  fill(t.ink);
  for (const c of s.axis.context) ctx.fillText(c.label, c.x + 5, 16);
  useFont(font(400, 0.75));
  fill(t.ink2);
  ctx.textAlign = 'center';
  for (const k of s.axis.ticks) ctx.fillText(k.label, k.x + 4, s.axisHeight - 10);

  // Translate and back rather than save/restore, which would also restore the font set inside.
  for (const lane of s.lanes) {
    ctx.translate(0, lane.top);
    drawLane(lane);
    ctx.translate(0, -lane.top);
  }

  function drawLane(lane: SceneLane) {
    const c = t.cat[lane.category];
    const f = laneFrame(lane, s.padTop);
    const { layout } = lane;
    fill(t.rule);
    ctx.fillRect(0, 0, s.width, 1);
    if (s.names) {
      useFont(font(700, 0.7));
      fill(c);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.fillText(s.names[lane.category], 6, 4);
    }
    for (const g of layout.groups) {
      rrect({ x: g.x0, y: f.pointsTop, w: g.x1 - g.x0, h: f.pointsHeight }, 10);
      fill(c, 0.07);
      ctx.fill();
      ctx.strokeStyle = c;
      ctx.globalAlpha = 0.22;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    // A month or a year: a soft wash over the whole lane, so it reads as "some time in here".
    for (const b of layout.bands) {
      if (b.ev.shape !== 'band') continue;
      fill(c, 0.08);
      ctx.fillRect(b.x0, 1, b.x1 - b.x0, lane.height - 1);
    }
    // Their dashed edges: a repeating pattern filled in one rectangle each, as stroking dashes
    // costs more than the rest of a frame's drawing.
    ctx.globalAlpha = 1;
    let dashed = false;
    for (const b of layout.bands) {
      if (b.ev.shape !== 'band') continue;
      if (!dashed) ctx.fillStyle = dashes(c);
      dashed = true;
      ctx.fillRect(Math.round(b.x0), 1, 1, lane.height - 1);
      ctx.fillRect(Math.round(b.x1) - 1, 1, 1, lane.height - 1);
    }
    for (const b of layout.bands) drawBand(b.ev, { x: b.x0, y: bandY(f, b.row), w: b.x1 - b.x0, h: BAND_HEIGHT }, c);
    const labelFont = font(400, 0.8);
    for (const m of layout.marks) {
      const g = markGeometry(f, m);
      drawDot(m.ev, g.dot, c);
      if (!g.label) continue;
      const fitter = useFont(labelFont);
      const selected = s.selectedId === m.ev.id;
      fill(selected ? t.ink : t.ink2);
      ctx.textBaseline = 'middle';
      const text = fitter.fit(eventTitle(m.ev, s.lang), g.label.w);
      const right = m.side === 'right';
      ctx.textAlign = right ? 'left' : 'right';
      ctx.fillText(text, right ? g.label.x : g.label.x + g.label.w, g.label.y + g.label.h / 2);
    }
    for (const cl of layout.clusters) drawCluster(clusterGeometry(f, cl, s.maxCount, s.width), cl, c);
  }

  function drawBand(ev: PreparedEvent, b: Box, c: string) {
    const n = sourceCount(ev);
    // The ring first, as around a dot: drawn after, its inner fill would cover the bar.
    if (s.selectedId === ev.id) ring(b, 8);
    const bar = ev.shape === 'range';
    rrect(b, 8);
    // A month or a year: a pale fill inside a dashed 1 px edge in the lane's colour.
    fill(bar ? c : checker(c, t.mixed(c, 0.16)));
    ctx.fill();
    if (!bar) {
      rrect({ x: b.x + 1, y: b.y + 1, w: b.w - 2, h: b.h - 2 }, 7);
      mixFill(c, 0.16);
    }
    const badge = n > 1 ? 14 : 0;
    if (b.w >= 64) {
      const fitter = useFont(font(600, 0.75));
      fill(bar ? t.onCat : t.ink);
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      const x0 = Math.max(b.x, 0) + 8;
      ctx.fillText(fitter.fit(eventTitle(ev, s.lang), b.x + b.w - 8 - badge - x0), x0, b.y + b.h / 2);
    }
    if (badge) drawBadge(Math.min(b.x + b.w, s.width) - 9, b.y + b.h / 2, n);
  }

  function drawDot(ev: PreparedEvent, d: Box, c: string) {
    const r = ev.shape === 'range' ? 4 : d.h / 2;
    if (s.selectedId === ev.id) ring(d, r);
    rrect(d, r);
    if (ev.shape === 'band') {
      // Stroked: on a dot this small a checker's edge reads as a diamond, and its few dashes cost little.
      mixFill(c, 0.2);
      ctx.setLineDash([3, 2]);
      ctx.strokeStyle = c;
      ctx.lineWidth = 2;
      rrect({ x: d.x + 1, y: d.y + 1, w: d.w - 2, h: d.h - 2 }, r - 1);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      fill(c);
      ctx.fill();
    }
    const n = sourceCount(ev);
    // At the dot's upper right, clear of a label starting to its right.
    if (n > 1) drawBadge(d.x + d.w / 2 + 4, d.y, n);
  }

  /** The selection: a ring around the shape, with a gap of surface between. */
  function ring(b: Box, r: number) {
    rrect({ x: b.x - 4, y: b.y - 4, w: b.w + 8, h: b.h + 8 }, r + 4);
    fill(t.ink);
    ctx.fill();
    rrect({ x: b.x - 2, y: b.y - 2, w: b.w + 4, h: b.h + 4 }, r + 2);
    fill(t.surface);
    ctx.fill();
  }

  /** How many sources report the event: a small count on the mark when more than one. */
  function drawBadge(x: number, y: number, n: number) {
    ctx.beginPath();
    ctx.arc(x, y, 5.5, 0, Math.PI * 2);
    fill(t.ink);
    ctx.fill();
    useFont(font(700, 0.5));
    fill(t.surface);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(n > 9 ? '9+' : String(n), x, y + 0.5);
  }

  function drawCluster(b: Box, { count, selected }: ClusterBox, c: string) {
    // Ringed as a selected mark is, when the selected event is one it counts.
    if (selected) ring(b, 8);
    // A 1.5 px edge in the lane's colour as two fills, the edge's colour and then the inside:
    // stroking the outline costs about as much as both.
    rrect(b, 8);
    fill(c);
    ctx.fill();
    rrect({ x: b.x + 1.5, y: b.y + 1.5, w: b.w - 3, h: b.h - 3 }, 6.5);
    mixFill(c, 0.18);
    useFont(font(700, count >= 1000 ? 0.66 : 0.75));
    fill(t.ink);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(s.counter(count), b.x + b.w / 2, b.y + b.h / 2 + 0.5);
  }
}

