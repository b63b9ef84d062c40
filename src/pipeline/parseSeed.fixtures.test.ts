/**
 * The broken-input matrix: every fixture in tests/fixtures/broken (and the
 * generated ones) with the seed it should yield and the diagnostics it
 * should raise, each once, on the right line. See that folder's README.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../lib/schema.ts';
import {
  BIG5_PARAGRAPHS, BIG5_TITLE, DEEP_LEVELS, GBK_PARAGRAPHS, GBK_TITLE, HUGE_PARAGRAPH, SHORT_BIG5_PARAGRAPH, SHORT_BIG5_TITLE,
  hugeArticle, writeGeneratedFixtures,
} from '../../tests/fixtures/broken/generate.ts';
import { parseSeed } from './parseSeed.ts';
import { splitSentences } from './sentences.ts';
import type { ParsedParagraph, ParseResult } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures/broken');
const NOW = new Date('2024-01-01T00:00:00Z');
const OPENING = '冬奥会开幕式昨天在北京国家体育场举行。';
const TITLE = '北京举行冬奥会开幕式';
const URL = 'https://example.com/news/2022/02/04/opening.html';
/** 1643976000000 ms, the time in the fixtures' headers. */
const PUBLISHED = '2022-02-04T12:00:00.000Z';

type Expected = [Diagnostic['severity'], number, RegExp];
interface Case {
  name: string;
  seed: boolean;
  diagnostics: Expected[];
  title?: string;
  url?: string;
  published?: string | null;
  language?: 'zh' | 'en';
  paragraphs?: [ParsedParagraph['kind'], string, number, string?][];
}

const CASES: Case[] = [
  { name: 'empty.txt', seed: false, diagnostics: [['error', 0, /the file is empty; skipped/]] },
  { name: 'whitespace-only.txt', seed: false, diagnostics: [['error', 1, /only whitespace; skipped/]] },
  { name: '.gitkeep', seed: false, diagnostics: [['info', 0, /skipped a hidden file/]] },
  { name: '.DS_Store', seed: false, diagnostics: [['info', 0, /skipped a hidden file/]] },
  { name: 'README.md', seed: false, diagnostics: [['info', 0, /skipped a \.md file: seeds are \.txt, \.html or \.htm/]] },
  { name: 'notes.json', seed: false, diagnostics: [['info', 0, /skipped a \.json file/]] },
  { name: 'binary.txt', seed: false, diagnostics: [['error', 0, /binary content \(\d+ NUL bytes.*not a text file; skipped/]] },
  {
    name: 'no-timestamp.txt', seed: true, published: null, title: TITLE, url: URL,
    diagnostics: [['warning', 1, /no publication time \(expected <!--EPOCH_MS--> on line 1\); relative dates in this article will be left undated/]],
    paragraphs: [['paragraph', OPENING, 3], ['paragraph', '国际奥委会主席巴赫出席了仪式。', 3]],
  },
  { name: 'timestamp-not-a-number.txt', seed: true, published: null, diagnostics: [['warning', 1, /“yesterday” on line 1 is not a number.*left undated/]] },
  { name: 'timestamp-negative.txt', seed: true, published: null, diagnostics: [['warning', 1, /-1641935372000 on line 1 .* is before 1990; published left empty/]] },
  { name: 'timestamp-before-1990.txt', seed: true, published: null, diagnostics: [['warning', 1, /\(1980-01-01T00:00:00\.000Z\) is before 1990/]] },
  { name: 'timestamp-year-3000.txt', seed: true, published: null, diagnostics: [['warning', 1, /\(3000-01-01T00:00:00\.000Z\) is in the future/]] },
  { name: 'timestamp-seconds.txt', seed: true, published: PUBLISHED, diagnostics: [['warning', 1, /looks like seconds.*read it as 2022-02-04T12:00:00\.000Z/]] },
  {
    name: 'no-title-line.txt', seed: true, url: '', published: PUBLISHED,
    // The first 40 characters of the first paragraph.
    title: '冬奥会开幕式昨天在北京国家体育场举行，国际奥委会主席巴赫出席了仪式并致辞。据现场…',
    diagnostics: [['warning', 2, /no title line \(expected \[TITLE\]\(URL\) on line 2\); used the opening of the first paragraph.*source link empty/]],
  },
  { name: 'title-without-url.txt', seed: true, title: TITLE, url: '', diagnostics: [['warning', 2, /title on line 2 has no URL; the article's source link is left empty/]] },
  {
    name: 'title-relative-url.txt', seed: true, title: TITLE, url: '',
    diagnostics: [
      ['warning', 2, /title URL “\/news\/2022\/02\/04\/opening\.html” on line 2 is unusable \(relative address/],
      ['warning', 4, /related link “火炬传递抵达北京” has an unusable address \(relative address.*kept the headline without a link/],
    ],
    paragraphs: [['paragraph', OPENING, 4], ['related', '火炬传递抵达北京', 4]],
  },
  { name: 'title-javascript-url.txt', seed: true, url: '', diagnostics: [['warning', 2, /unusable \(javascript: addresses are not allowed\)/]] },
  { name: 'title-with-markup.txt', seed: true, title: TITLE, url: URL, diagnostics: [['warning', 2, /title on line 2 contains markup; kept its text only/]] },
  {
    name: 'no-separator.txt', seed: true, title: TITLE, published: PUBLISHED,
    diagnostics: [['warning', 3, /no ------ separator after the header; the article text is read from line 3/]],
    paragraphs: [['paragraph', OPENING, 3], ['paragraph', '国际奥委会主席巴赫出席了仪式。', 4]],
  },
  {
    name: 'plain-text-body.txt', seed: true, diagnostics: [],
    paragraphs: [
      ['paragraph', `${OPENING} 约有三千名演员参加了演出。`, 5],
      ['paragraph', '国际奥委会主席巴赫出席了仪式。', 8],
      ['byline', '本台记者北京报道', 10],
    ],
  },
  {
    name: 'plain-text-single-newlines.txt', seed: true, diagnostics: [],
    paragraphs: [['paragraph', OPENING, 4], ['paragraph', '国际奥委会主席巴赫出席了仪式。', 5], ['paragraph', '演出持续了约两个小时。', 6]],
  },
  {
    name: 'unclosed-tags.txt', seed: true, diagnostics: [],
    paragraphs: [
      ['paragraph', '冬奥会开幕式昨天在北京国家体育场举行。', 4],
      ['paragraph', '国际奥委会主席巴赫出席了仪式。', 5],
      ['paragraph', '演出持续了约两个小时。', 6],
      ['paragraph', '最后一段没有结束标签', 7],
    ],
  },
  {
    name: 'hostile.txt', seed: true, title: TITLE, url: URL,
    diagnostics: [
      ['warning', 10, /related link “链接一” has an unusable address \(javascript: addresses are not allowed\)/],
      ['warning', 10, /related link “链接二” has an unusable address \(javascript: addresses are not allowed\)/],
      ['warning', 10, /related link “链接三” has an unusable address \(the address hides whitespace or control characters\)/],
      ['warning', 10, /related link “链接四” has an unusable address \(data: addresses are not allowed\)/],
      ['warning', 10, /related link “链接五” has an unusable address \(vbscript: addresses are not allowed\)/],
      ['warning', 10, /related link “链接六” has an unusable address \(the address contains a backslash\)/],
      ['info', 4, /removed the <meta> element/], ['info', 4, /removed the <base> element/], ['info', 4, /removed the <link> element/],
      ['warning', 5, /removed the <script> element; active content is never shown/], ['info', 5, /removed the <style> element/],
      ['warning', 7, /removed the <iframe> element/], ['info', 7, /removed the <noscript> element/], ['info', 7, /removed the <template> element/],
      ['info', 8, /removed the <svg> element/], ['info', 8, /removed the <math> element/],
      ['warning', 8, /removed the <object> element/], ['warning', 8, /removed the <embed> element/],
    ],
    paragraphs: [
      ['paragraph', '冬奥会开幕式昨天举行。', 6],
      ['paragraph', '<script>alert(1)</script> 是一段被转义的文字。', 9],
      ['related', '链接一', 10], ['related', '链接二', 10], ['related', '链接三', 10],
      ['related', '链接四', 10], ['related', '链接五', 10], ['related', '链接六', 10],
      ['related', '链接七', 10, 'https://example.com/news/ok.html'],
      ['related', '链接八', 10, 'https://cdn.example.com/news/proto.html'],
      ['paragraph', '国际奥委会主席巴赫出席了仪式。', 11],
    ],
  },
  {
    name: 'only-byline.txt', seed: true, diagnostics: [['warning', 4, /the article text is only a byline; the article is kept but yields no events/]],
    paragraphs: [['byline', '本台记者王明北京报道 责编：李华 网编：张强', 4]],
  },
  { name: 'no-paragraphs.txt', seed: true, title: TITLE, diagnostics: [['warning', 4, /no article paragraphs after the header/]], paragraphs: [] },
  { name: 'duplicate-paragraphs.txt', seed: true, diagnostics: [], paragraphs: [['paragraph', OPENING, 4], ['paragraph', OPENING, 5]] },
  {
    name: 'not-a-seed.txt', seed: true, title: 'Shopping list', url: '', published: null, language: 'en',
    diagnostics: [
      ['warning', 1, /no seed header .* read the whole file as the article text, with no source link; published left empty/],
      ['warning', 1, /no title line; used the opening of the first paragraph, “Shopping list”, as the title$/],
    ],
    paragraphs: [['paragraph', 'Shopping list', 1], ['paragraph', 'Milk, eggs and bread. Call the plumber about the kitchen sink.', 3]],
  },
  {
    name: 'full-document.html', seed: true, title: 'Winter Games open in Beijing', url: '', published: null, language: 'en',
    diagnostics: [
      ['warning', 1, /no seed header/],
      ['info', 5, /removed the <meta> element/],
      ['warning', 1, /no title line; used the document's own title, “Winter Games open in Beijing”, as the title$/],
    ],
    paragraphs: [
      ['paragraph', 'Winter Games open in Beijing', 8],
      ['paragraph', 'The Winter Olympics opened in Beijing on Friday.', 9],
      ['paragraph', 'IOC President Thomas Bach attended the ceremony.', 10],
    ],
  },
  {
    name: 'english.txt', seed: true, language: 'en', diagnostics: [],
    paragraphs: [
      ['paragraph', 'The Winter Olympics opened in Beijing on Friday. IOC President Thomas Bach attended the ceremony.', 4],
      ['byline', 'Reported by Jane Doe. Edited by John Smith.', 5],
    ],
  },
  {
    name: 'figures.txt', seed: true, diagnostics: [],
    paragraphs: [
      ['paragraph', OPENING, 4],
      ['caption', '国家体育场上空的烟花。', 5],
      ['caption', '巴赫在开幕式上致辞。', 6],
      ['caption', '运动员入场。 （新华社）', 8],
    ],
  },
  {
    name: 'lists.txt', seed: true, diagnostics: [],
    paragraphs: [
      ['paragraph', OPENING, 4],
      ['paragraph', '第一，安全。', 5], ['paragraph', '第二，环保。', 5],
      ['related', '火炬传递抵达北京', 6, 'https://example.com/news/2022/02/04/torch.html'],
      ['paragraph', '据报道，详情见官方网站，此外还有很多其他没有链接的说明文字。', 6],
      ['paragraph', '金牌', 7], ['paragraph', '9枚', 7],
      ['paragraph', '奥运精神永存。', 8], ['paragraph', '小标题', 8],
    ],
  },
  {
    name: 'gbk.txt', seed: true, title: GBK_TITLE, language: 'zh', diagnostics: [['info', 1, /not valid UTF-8; decoded as GBK \(GB18030\)/]],
    paragraphs: GBK_PARAGRAPHS.map((text, i) => ['paragraph', text, 4 + i]),
  },
  {
    name: 'big5.txt', seed: true, title: BIG5_TITLE, language: 'zh', diagnostics: [['info', 1, /not valid UTF-8; decoded as Big5/]],
    paragraphs: BIG5_PARAGRAPHS.map((text, i) => ['paragraph', text, 4 + i]),
  },
  {
    name: 'big5-short.txt', seed: true, title: SHORT_BIG5_TITLE, diagnostics: [['info', 1, /decoded as Big5/]],
    paragraphs: [['paragraph', SHORT_BIG5_PARAGRAPH, 4]],
  },
  { name: 'utf8-bom.txt', seed: true, title: '字节顺序标记', published: PUBLISHED, diagnostics: [['info', 1, /UTF-8 byte-order mark removed/]] },
  { name: 'utf16le-bom.txt', seed: true, title: 'UTF-16 测试', diagnostics: [['info', 1, /decoded as UTF-16LE/]], paragraphs: [['paragraph', '这个文件是 UTF-16 编码。', 4]] },
  { name: 'crlf.txt', seed: true, title: '换行符测试', diagnostics: [], paragraphs: [['paragraph', '第一段。', 4], ['paragraph', '第二段。', 5]] },
  {
    name: 'windows-1252.txt', seed: true, title: 'Caf\u00e9 owners protest', language: 'en',
    diagnostics: [['info', 1, /decoded as Windows-1252/]],
    paragraphs: [['paragraph', 'The caf\u00e9 owners said \u201cno\u201d.', 4]],
  },
  {
    // The first character of the title lost a byte; the rest reads fine.
    name: 'damaged-utf8.txt', seed: true, title: '\uFFFD\uFFFD坏的编码',
    diagnostics: [['warning', 1, /damaged UTF-8: 2 invalid byte sequences could not be read/]],
    paragraphs: [['paragraph', '这一段文字完好无损。', 4]],
  },
  {
    name: 'deep-nesting.txt', seed: true, diagnostics: [['warning', 4, new RegExp(`markup nested about ${DEEP_LEVELS} levels deep`)]],
    paragraphs: [['paragraph', '最深处的文字。', 4], ['paragraph', '最深的链接', 4]],
  },
];

let dir: string;
let generated: Record<string, string>;
/** Per fixture: the result and the size. */
const results = new Map<string, { result: ParseResult; bytes: number }>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'threadline-broken-'));
  generated = writeGeneratedFixtures(dir);
  const paths = { ...generated };
  for (const name of readdirSync(FIXTURES)) if (!name.endsWith('.ts')) paths[name] = join(FIXTURES, name);
  for (const [name, path] of Object.entries(paths)) {
    const bytes = readFileSync(path);
    results.set(name, { result: parseSeed(`broken/${name}`, bytes, { now: NOW }), bytes: bytes.length });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('broken seed fixtures', () => {
  it('has at least 20 fixtures, all covered by the matrix', () => {
    expect(results.size).toBeGreaterThanOrEqual(20);
    const covered = new Set([...CASES.map((c) => c.name), 'huge.txt']);
    expect([...results.keys()].filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(CASES)('$name', (c) => {
    const entry = results.get(c.name);
    expect(entry, `fixture ${c.name} exists`).toBeDefined();
    const { seed, diagnostics } = entry!.result;
    expect(seed !== null).toBe(c.seed);
    // Each problem once, on its line, with a message saying what was done.
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual(c.diagnostics.map(([severity, line]) => [severity, line]));
    diagnostics.forEach((d, i) => {
      expect(d.file).toBe(`broken/${c.name}`);
      expect(d.message).toMatch(c.diagnostics[i]![2]);
    });
    if (!seed) return;
    if (c.title !== undefined) expect(seed.title).toBe(c.title);
    if (c.url !== undefined) expect(seed.url).toBe(c.url);
    if (c.published !== undefined) expect(seed.published?.toISOString() ?? null).toBe(c.published);
    if (c.language !== undefined) expect(seed.language).toBe(c.language);
    if (c.paragraphs !== undefined)
      expect(seed.paragraphs.map((p) => (p.url ? [p.kind, p.text, p.line, p.url] : [p.kind, p.text, p.line]))).toEqual(c.paragraphs);
  });

  it('no fixture lets markup-only text through', () => {
    for (const { result } of results.values())
      for (const p of result.seed?.paragraphs ?? []) expect(p.text).not.toMatch(/[A-Z]+-TEXT|SVG-SCRIPT/);
  });
});

// Speed is measured by `npm run bench`, never asserted here.
describe('a 5 MB article', () => {
  it('keeps every one of its paragraphs', () => {
    const huge = results.get('huge.txt')!;
    expect(huge.bytes).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const paragraphs = huge.result.seed!.paragraphs;
    expect(paragraphs.length).toBe(hugeArticle().split('<p>').length - 1);
    expect(paragraphs.every((p) => p.text === HUGE_PARAGRAPH)).toBe(true);
  });
});
