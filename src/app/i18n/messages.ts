import type { Category } from '../../lib/schema.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for Intl and for `lang` attributes. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-Hans-CN' };

/** The first of the browser's languages we have, English otherwise. */
export function pickLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

// Counts people read ("10,000 events"), in each language's own way; built on first use.
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/**
 * A number written for readers of `lang`: 10,000 rather than 10000.
 * Whole numbers are grouped here: both our locales (en-GB, zh-Hans-CN) write
 * them with a comma every three digits, and an Intl.NumberFormat made for the
 * header's "10,000 events" before the first mark costs 5-15 ms of number data
 * on top of the ICU start-up the dates pay anyway (40-70 ms, whichever Intl
 * object comes first; measured in headless Chromium here). The tests check
 * this against Intl for both locales. Fractions and negatives go to Intl.
 */
export const formatCount = (n: number, lang: Lang) =>
  Number.isSafeInteger(n) && n >= 0
    ? groupThousands(String(n))
    : (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE[lang])).format(n);
const groupThousands = (digits: string) => (digits.length < 4 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ','));
const enN = (n: number) => formatCount(n, 'en');
const zhN = (n: number) => formatCount(n, 'zh');

const en = {
  appName: 'Threadline',
  tagline: 'Dated, sourced events from the news',
  loading: 'Loading the timeline…',
  loadFailed: (why: string) => `Could not load the timeline (${why}).`,
  /** A large timeline's quotes and articles load after its first view (lib/viewSchema.ts). */
  loadingDetails: 'Loading…',
  detailsFailed: (why: string) => `Could not load ${why}.`,
  /** Beside the count while a search cannot look into quotes yet. */
  searchingQuotes: 'quotes still loading…',
  empty: 'This timeline has no events yet.',
  language: 'Language',
  otherLang: '中文',
  views: 'Views',
  viewList: 'List',
  viewTimeline: 'Timeline',
  viewReader: 'Articles',
  search: 'Search events',
  searchPlaceholder: 'Search titles, people, quotes…',
  matching: (n: number, total: number) => (n === total ? `${enN(total)} events` : `${enN(n)} of ${enN(total)} events`),
  filters: 'Filters',
  categories: 'Categories',
  showCategory: (name: string, n: number) => `${name}, ${enN(n)} events`,
  actor: 'Actor',
  anyActor: 'Any actor',
  article: 'Article',
  anyArticle: 'Any article',
  clearFilters: 'Clear filters',
  timeline: 'Timeline',
  timelineLabel: (span: string) => `Timeline, ${span}. Arrow keys move between events; plus and minus zoom.`,
  lane: (name: string) => `${name} events`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  zoomControls: 'Zoom',
  earlier: (n: number) => `${enN(n)} earlier`,
  later: (n: number) => `${enN(n)} later`,
  showEarlier: (n: number) => `Go to the ${n === 1 ? 'earlier event' : `${enN(n)} earlier events`}`,
  showLater: (n: number) => `Go to the ${n === 1 ? 'later event' : `${enN(n)} later events`}`,
  overview: 'Overview of the whole timeline; drag to choose the visible window',
  cluster: (n: number, when: string) => `${enN(n)} events, ${when}. Zoom in`,
  undated: 'Undated',
  undatedNote: 'The text gives no date for these; they are listed apart.',
  list: 'Events',
  skipToList: 'Skip to the event list',
  onlyInView: 'Only events in the visible window',
  noMatches: 'No events match these filters.',
  noneInView: 'No events in this stretch of time. Use “Show all” or the arrow keys.',
  details: 'Event details',
  close: 'Close',
  moreDetails: 'More',
  lessDetails: 'Less',
  previous: 'Previous',
  next: 'Next',
  walk: 'Previous and next events',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  copyLink: 'Copy link',
  shareExport: 'Share & export',
  openFull: 'Open in Threadline',
  copied: 'Link copied',
  copyFailed: 'Copy this link:',
  original: 'Original title',
  date: 'Date',
  category: 'Category',
  cameo: 'CAMEO',
  actors: 'Actors',
  figures: 'Figures',
  sources: (n: number) => (n > 1 ? `${n} sources` : 'Source'),
  published: (when: string) => `Published ${when}`,
  readInArticle: 'Read in the article',
  howDated: 'How the date was reached',
  stated: (expr: string, date: string) => `“${expr}” → ${date}, stated in full.`,
  fromPublication: (expr: string, date: string, anchor: string) =>
    `“${expr}” → ${date}, counted back from publication on ${anchor}.`,
  aheadOfPublication: (expr: string, date: string, anchor: string) =>
    `“${expr}” → ${date}, counted forward from publication on ${anchor}.`,
  anchored: (expr: string, date: string, anchor: string) =>
    `“${expr}” → ${date}, counted from ${anchor}, a date given earlier in the text.`,
  carried: 'No date in this sentence: carried over from the previous one.',
  carriedFrom: 'The date comes from:',
  fromUrl: (expr: string, date: string) => `${date}, taken from the related article's address (${expr}).`,
  undatedRule: 'The text does not date this event, so it is listed apart rather than placed on a guessed date.',
  notFound: (id: string) => `There is no event “${id}” in this timeline.`,
  badLink: 'This link does not point to an event.',
  notFoundHelp: 'It may have been removed, or the link was cut short. Everything else still works.',
  dismiss: 'Dismiss',
  selectPrompt: 'Select an event on the timeline, in the list or in an article to read it in its source.',
  articles: 'Articles',
  eventsInParagraph: (n: number) => (n === 1 ? '1 event in this paragraph' : `${n} events in this paragraph`),
  relatedArticle: 'Related article',
  photoCaption: 'Photo caption',
  chooseArticle: 'Article to read',
  approx: { 'at-least': 'at least', about: 'about', 'more-than': 'more than', nearly: 'nearly', exact: '' },
  mods: {
    START: (d: string) => `early ${d}`,
    MID: (d: string) => `mid ${d}`,
    END: (d: string) => `late ${d}`,
    APPROX: (d: string) => `about ${d}`,
    BEFORE: (d: string) => `before ${d}`,
    AFTER: (d: string) => `after ${d}`,
  },
  expected: (d: string) => `${d} (expected)`,
  categoryNames: {
    unrest: 'Unrest',
    military: 'Military',
    diplomacy: 'Diplomacy',
    statement: 'Statements',
    economy: 'Economy',
    other: 'Other',
  } satisfies Record<Category, string>,
};

export type Messages = typeof en;

const zh: Messages = {
  appName: 'Threadline 时间线',
  tagline: '来自新闻报道、注明日期与出处的事件',
  loading: '正在载入时间线…',
  loadFailed: (why) => `无法载入时间线（${why}）。`,
  loadingDetails: '正在载入…',
  detailsFailed: (why) => `无法载入 ${why}。`,
  searchingQuotes: '引文仍在载入…',
  empty: '这条时间线还没有事件。',
  language: '语言',
  otherLang: 'English',
  views: '视图',
  viewList: '列表',
  viewTimeline: '时间线',
  viewReader: '原文',
  search: '搜索事件',
  searchPlaceholder: '搜索标题、人物、引文…',
  matching: (n, total) => (n === total ? `共 ${zhN(total)} 个事件` : `${zhN(total)} 个事件中的 ${zhN(n)} 个`),
  filters: '筛选',
  categories: '类别',
  showCategory: (name, n) => `${name}，${zhN(n)} 个事件`,
  actor: '人物或机构',
  anyActor: '全部人物和机构',
  article: '文章',
  anyArticle: '全部文章',
  clearFilters: '清除筛选',
  timeline: '时间线',
  timelineLabel: (span) => `时间线，${span}。用方向键在事件之间移动，用加号和减号缩放。`,
  lane: (name) => `${name}事件`,
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  zoomControls: '缩放',
  earlier: (n) => `更早 ${zhN(n)} 个`,
  later: (n) => `更晚 ${zhN(n)} 个`,
  showEarlier: (n) => `前往更早的 ${zhN(n)} 个事件`,
  showLater: (n) => `前往更晚的 ${zhN(n)} 个事件`,
  overview: '整条时间线概览；拖动以选择可见时段',
  cluster: (n, when) => `${zhN(n)} 个事件，${when}。放大查看`,
  undated: '无日期',
  undatedNote: '原文没有给出这些事件的日期，因此单独列出。',
  list: '事件',
  skipToList: '跳到事件列表',
  onlyInView: '只显示可见时段内的事件',
  noMatches: '没有符合筛选条件的事件。',
  noneInView: '这段时间没有事件。请点“显示全部”或用方向键。',
  details: '事件详情',
  close: '关闭',
  moreDetails: '展开',
  lessDetails: '收起',
  previous: '上一个',
  next: '下一个',
  walk: '上一个和下一个事件',
  previousEvent: '上一个事件',
  nextEvent: '下一个事件',
  copyLink: '复制链接',
  shareExport: '分享与导出',
  openFull: '在 Threadline 中打开',
  copied: '链接已复制',
  copyFailed: '请复制此链接：',
  original: '原标题',
  date: '日期',
  category: '类别',
  cameo: 'CAMEO',
  actors: '人物和机构',
  figures: '数字',
  sources: (n) => (n > 1 ? `${n} 个出处` : '出处'),
  published: (when) => `发布于 ${when}`,
  readInArticle: '在原文中阅读',
  howDated: '日期如何得出',
  stated: (expr, date) => `“${expr}” → ${date}，原文完整给出。`,
  fromPublication: (expr, date, anchor) => `“${expr}” → ${date}，按发布日期 ${anchor} 往前推算。`,
  aheadOfPublication: (expr, date, anchor) => `“${expr}” → ${date}，按发布日期 ${anchor} 往后推算。`,
  anchored: (expr, date, anchor) => `“${expr}” → ${date}，按前文给出的日期 ${anchor} 推算。`,
  carried: '本句没有日期：沿用上一句的日期。',
  carriedFrom: '日期来自：',
  fromUrl: (expr, date) => `${date}，取自相关文章链接中的时间（${expr}）。`,
  undatedRule: '原文没有给出此事件的日期，因此单独列出，不放在猜测的日期上。',
  notFound: (id) => `这条时间线中没有事件“${id}”。`,
  badLink: '这个链接并不指向任何事件。',
  notFoundHelp: '该事件可能已被移除，或链接不完整。其他功能仍可正常使用。',
  dismiss: '关闭提示',
  selectPrompt: '在时间线、列表或原文中选择一个事件，即可在出处中阅读。',
  articles: '文章',
  eventsInParagraph: (n) => `本段有 ${n} 个事件`,
  relatedArticle: '相关文章',
  photoCaption: '图片说明',
  chooseArticle: '要阅读的文章',
  approx: { 'at-least': '至少', about: '约', 'more-than': '超过', nearly: '近', exact: '' },
  mods: {
    START: (d) => `${d}初`,
    MID: (d) => `${d}中`,
    END: (d) => `${d}底`,
    APPROX: (d) => `约${d}`,
    BEFORE: (d) => `${d}之前`,
    AFTER: (d) => `${d}之后`,
  },
  expected: (d) => `${d}（预计）`,
  categoryNames: {
    unrest: '动荡',
    military: '军事',
    diplomacy: '外交',
    statement: '表态',
    economy: '经济',
    other: '其他',
  },
};

export const MESSAGES: Record<Lang, Messages> = { en, zh };
