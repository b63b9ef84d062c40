/**
 * Words for the parts of the app that load on demand (other sources, export,
 * embed, print chronology): kept out of messages.ts so the first load does
 * not carry them. Same shape in both languages (checked by a test).
 */
import { formatCount, type Lang } from './messages.ts';

const en = {
  sourcesDiffer: 'Sources differ',
  dateDiffer: 'Date',
  alsoDated: 'This article dates it:',
  panelTitle: 'Share and export',
  exportShown: (n: number) => `Download the ${n === 1 ? 'event' : `${formatCount(n, 'en')} events`} shown, with sources and quotes:`,
  csv: 'CSV',
  json: 'JSON',
  ics: 'Calendar (.ics)',
  saved: (name: string) => `Saved ${name}`,
  print: 'Print chronology',
  printHelp: 'Or print the page: it prints as a chronology with citations.',
  embed: 'Embed',
  embedHelp: 'Paste this code into a web page to show this view there:',
  embedCopied: 'Embed code copied',
  embedCopyFailed: 'Copy the code below:',
  embedTitle: (what: string) => `Threadline timeline: ${what}`,
  embedWhole: 'events from the news',
  chronology: 'Chronology',
  chronologyOf: (n: number) => (n === 1 ? '1 event' : `${formatCount(n, 'en')} events`),
  view: 'View',
  printedOn: (when: string) => `Printed ${when}`,
  sourcesList: 'Sources',
  undated: 'Undated',
};

export type MoreMessages = typeof en;

const zh: MoreMessages = {
  sourcesDiffer: '各方说法不一',
  dateDiffer: '日期',
  alsoDated: '此文的日期：',
  panelTitle: '分享与导出',
  exportShown: (n) => `下载当前显示的 ${formatCount(n, 'zh')} 个事件（含出处与引文）：`,
  csv: 'CSV',
  json: 'JSON',
  ics: '日历（.ics）',
  saved: (name) => `已保存 ${name}`,
  print: '打印年表',
  printHelp: '也可以直接打印页面：会打印成附出处的年表。',
  embed: '嵌入',
  embedHelp: '把这段代码贴到网页中，即可在那里显示当前视图：',
  embedCopied: '嵌入代码已复制',
  embedCopyFailed: '请复制下面的代码：',
  embedTitle: (what) => `Threadline 时间线：${what}`,
  embedWhole: '新闻事件',
  chronology: '年表',
  chronologyOf: (n) => `${formatCount(n, 'zh')} 个事件`,
  view: '视图',
  printedOn: (when) => `打印于 ${when}`,
  sourcesList: '出处',
  undated: '无日期',
};

export const MORE: Record<Lang, MoreMessages> = { en, zh };
