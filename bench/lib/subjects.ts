/**
 * The timelines compared: Threadline and its peers, each described by how
 * to open it on a data set, what counts as an event mark, where to zoom and
 * drag, and how it zooms (wheel, or buttons for TimelineJS, which has no
 * wheel zoom).
 */
export type SubjectId = 'threadline' | 'vis-timeline' | 'timelinejs' | 'floor';

export interface Dataset {
  /** seed, 100, 1k, 10k, 100k */
  name: string;
  /** Events in the timeline JSON (dated and undated). */
  events: number;
  /** Where the events came from. */
  origin: 'pipeline' | 'sample' | 'generated';
  /** The Threadline timeline JSON, and the peers' converted copies. */
  file: string;
  visFile: string;
  timelineJsFile: string;
}

export interface Subject {
  id: SubjectId;
  label: string;
  /** URL path (with query) of the page showing `dataset`. */
  path(dataset: Dataset): string;
  /** CSS selector of one drawn event mark. */
  markSelector: string;
  /** Candidates for the plot area to wheel and drag over; the first visible one wins. */
  plotSelectors: string[];
  /** Zoom by wheel, or by clicking these buttons; 'none' for a page that only loads. */
  zoom: 'wheel' | { in: string; out: string } | 'none';
  /** Larger data sets are not attempted (the makers' own advice). */
  maxEvents?: number;
}

export const THREADLINE: Subject = {
  id: 'threadline',
  label: 'Threadline',
  path: () => '/',
  // Until the app sets performance.mark('threadline:first-mark'): the first event mark
  // (an element carrying an event id) or aggregate (a cluster of marks, when zoomed out).
  markSelector: process.env.BENCH_MARK_SELECTOR ?? '[data-event-id], .cluster[data-count]',
  // The plot carries its window as data attributes; the rest are fallbacks for other layouts.
  plotSelectors: ['[data-bench="plot"]', '[data-window-start]', '.timeline .plot', 'canvas', 'main'],
  zoom: 'wheel',
};

export const VIS_TIMELINE: Subject = {
  id: 'vis-timeline',
  label: 'vis-timeline',
  path: (d) => `/bench-peers/vis.html?data=/bench-data/${encodeURIComponent(d.name)}.vis.json`,
  markSelector: '.vis-item',
  plotSelectors: ['.vis-panel.vis-center'],
  zoom: 'wheel',
};

export const TIMELINE_JS: Subject = {
  id: 'timelinejs',
  label: 'TimelineJS',
  path: (d) => `/bench-peers/timelinejs.html?data=/bench-data/${encodeURIComponent(d.name)}.tl.json`,
  markSelector: '.tl-timemarker',
  plotSelectors: ['.tl-timenav'],
  zoom: { in: '.tl-menubar-button:has(.tl-icon-zoom-in)', out: '.tl-menubar-button:has(.tl-icon-zoom-out)' },
  maxEvents: 1000,
};

/**
 * Not a timeline: the least any page showing this data must do. It fetches the very
 * file Threadline opens (/data/timeline.json), parses it, and shows one mark. What a
 * subject takes beyond this is its own work; the rest is the browser, the network and
 * JSON.parse, which no timeline drawing from one JSON file can avoid.
 */
export const FLOOR: Subject = {
  id: 'floor',
  label: 'Floor (fetch + parse + one mark)',
  path: () => '/bench-peers/floor.html',
  markSelector: '.floor-mark',
  plotSelectors: ['.floor-plot', 'body'],
  // The zoom input lands on an empty area that answers nothing: what the browser spends
  // on the input itself (and the probe's frame loop), which every subject pays too.
  zoom: 'wheel',
};

export const SUBJECTS = [THREADLINE, VIS_TIMELINE, TIMELINE_JS, FLOOR];
