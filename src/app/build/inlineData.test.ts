import { describe, expect, it } from 'vitest';
import { INLINE_DATA_ID } from '../data/loadTimeline.ts';
import { INLINE_LIMIT, dataBlockText, inlinedText, withTimelineData } from './inlineData.ts';

const built = [
  '<!doctype html><html><head>',
  '    <title>Threadline</title>',
  '    <link rel="preload" href="/data/timeline.json" as="fetch" crossorigin="anonymous" />',
  '    <script type="module" crossorigin src="/assets/index-x.js"></script>',
  '  </head>',
  '  <body>',
  '    <div id="app"></div>',
  '  </body>',
  '</html>',
].join('\n');

const hostile = { version: 1, events: [{ title: '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>' }] };

const blockText = inlinedText;
const preloads = (html: string) => html.match(/rel="preload"[^>]*data\/timeline\.json/g)?.length ?? 0;

describe('withTimelineData', () => {
  it.each([
    ['a small timeline is inlined, without the preload', JSON.stringify({ version: 1, events: [] }), true],
    ['hostile text is inlined as data', JSON.stringify(hostile), true],
    ['a timeline over the limit stays a fetched file', JSON.stringify({ version: 1, pad: 'x'.repeat(INLINE_LIMIT) }), false],
    ['a file that is not JSON is left for the app to fetch and report', '{"version": 1,', false],
    ['no data file keeps the preload', null, false],
  ])('%s', (_, json, inlined) => {
    const html = withTimelineData(built, json);
    expect(blockText(html) !== null).toBe(inlined);
    expect(preloads(html)).toBe(inlined ? 0 : 1);
    if (inlined) expect(JSON.parse(blockText(html)!)).toEqual(JSON.parse(json!));
    // The page around it is untouched.
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-x.js"></script>');
    expect(html).toContain('<div id="app"></div>');
  });

  it('counts the limit in bytes, so Chinese text (3 bytes a character) is not undercounted', () => {
    const chars = Math.floor(INLINE_LIMIT / 3) + 10;
    const json = JSON.stringify({ t: '中'.repeat(chars) });
    expect(json.length).toBeLessThan(INLINE_LIMIT);
    expect(blockText(withTimelineData(built, json))).toBeNull();
  });

  it('never lets article text end the block or open a comment', () => {
    const text = blockText(withTimelineData(built, JSON.stringify(hostile)))!;
    expect(text).not.toContain('<');
    expect(JSON.parse(text).events[0].title).toBe(hostile.events[0]!.title);
  });

  it('can be applied again for another data set, either way round', () => {
    const small = withTimelineData(built, JSON.stringify({ version: 1, n: 1 }));
    const other = withTimelineData(small, JSON.stringify({ version: 1, n: 2 }));
    expect(other.match(new RegExp(INLINE_DATA_ID, 'g'))).toHaveLength(1); // one block, the old one gone
    expect(JSON.parse(blockText(other)!).n).toBe(2);
    const large = withTimelineData(other, JSON.stringify({ pad: 'x'.repeat(INLINE_LIMIT) }), '/sub/');
    expect(blockText(large)).toBeNull();
    expect(large).toContain('<link rel="preload" href="/sub/data/timeline.json" as="fetch" crossorigin="anonymous" />');
    expect(preloads(large)).toBe(1);
    expect(withTimelineData(large, null, '/sub/')).toBe(large);
  });
});

describe('dataBlockText', () => {
  it('writes compact JSON, with "<" escaped', () => {
    expect(dataBlockText('{\n  "a": "<b>",\n  "n": [1, 2]\n}')).toBe('{"a":"\\u003cb>","n":[1,2]}');
    expect(dataBlockText('not json')).toBeNull();
  });
});
