import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeSeed, type SeedEncoding } from './decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

// Written for these tests: one simplified and one traditional news sentence.
const SIMPLIFIED = '<p>国务院新闻办公室今天举行发布会，介绍经济运行情况。</p>';
const TRADITIONAL = '<p>立法院今天三讀通過預算案，行政院表示將盡快執行。</p>';

describe('decodeSeed', () => {
  const cases: { name: string; input: Uint8Array; encoding: SeedEncoding; text: string; lossy?: boolean; note?: RegExp }[] = [
    { name: 'plain ASCII', input: utf8('<p>hello</p>'), encoding: 'utf-8', text: '<p>hello</p>' },
    { name: 'UTF-8 Chinese', input: utf8(SIMPLIFIED), encoding: 'utf-8', text: SIMPLIFIED },
    {
      name: 'UTF-8 with a byte-order mark (the mark is removed)',
      input: concat(bytes(0xef, 0xbb, 0xbf), utf8(SIMPLIFIED)),
      encoding: 'utf-8-bom',
      text: SIMPLIFIED,
      note: /byte-order mark removed/,
    },
    {
      name: 'UTF-16LE with a byte-order mark',
      input: iconv.encode(SIMPLIFIED, 'utf-16le', { addBOM: true }),
      encoding: 'utf-16le',
      text: SIMPLIFIED,
    },
    {
      name: 'UTF-16BE with a byte-order mark',
      input: concat(bytes(0xfe, 0xff), iconv.encode(SIMPLIFIED, 'utf-16be')),
      encoding: 'utf-16be',
      text: SIMPLIFIED,
    },
    {
      name: 'UTF-16LE without a byte-order mark',
      input: iconv.encode('<!--1-->\n[Title](https://example.com/)\n------\n<p>text</p>', 'utf-16le'),
      encoding: 'utf-16le',
      text: '<!--1-->\n[Title](https://example.com/)\n------\n<p>text</p>',
      note: /every other byte is NUL/,
    },
    { name: 'GBK simplified', input: iconv.encode(SIMPLIFIED, 'gbk'), encoding: 'gbk', text: SIMPLIFIED, note: /GBK/ },
    { name: 'GB18030 simplified', input: iconv.encode(SIMPLIFIED, 'gb18030'), encoding: 'gbk', text: SIMPLIFIED },
    { name: 'GBK holding traditional characters', input: iconv.encode(TRADITIONAL, 'gbk'), encoding: 'gbk', text: TRADITIONAL },
    { name: 'Big5 traditional', input: iconv.encode(TRADITIONAL, 'big5'), encoding: 'big5', text: TRADITIONAL, note: /Big5/ },
    {
      name: 'Windows-1252 English (neither Chinese reading fits)',
      input: iconv.encode('<p>The caf\u00e9 said \u201cno\u201d.</p>', 'windows-1252'),
      encoding: 'windows-1252',
      text: '<p>The caf\u00e9 said \u201cno\u201d.</p>',
    },
    {
      name: 'UTF-8 with one broken character stays UTF-8 and says what was lost',
      input: concat(utf8('<p>前文'), bytes(0xe5, 0x9b), utf8('后文，后文，后文。</p>')),
      encoding: 'utf-8',
      text: '<p>前文\uFFFD后文，后文，后文。</p>',
      lossy: true,
      note: /damaged UTF-8: 1 invalid byte sequence/,
    },
  ];
  it.each(cases)('$name', ({ input, encoding, text, lossy, note }) => {
    const result = decodeSeed(input);
    expect(result.binary).toBe(false);
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(text);
    expect(result.lossy).toBe(lossy ?? false);
    if (note) expect(result.notes.join(' ')).toMatch(note);
  });

  const binaries: { name: string; input: Uint8Array }[] = [
    { name: 'PNG header', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52) },
    { name: '.DS_Store header', input: concat(bytes(0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31), bytes(0, 0, 0x10, 0, 0, 0, 8, 0)) },
    { name: 'control bytes without NUL', input: bytes(...Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))) },
  ];
  it.each(binaries)('refuses binary content: $name', ({ input }) => {
    const result = decodeSeed(input);
    expect(result.binary).toBe(true);
    expect(result.text).toBe('');
    expect(result.notes[0]).toMatch(/binary content/);
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeSeed(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', binary: false });
  });

  it('does not mistake a short Big5 line for GBK mojibake', () => {
    const line = '總統今天發表談話。';
    expect(decodeSeed(iconv.encode(line, 'big5'))).toMatchObject({ encoding: 'big5', text: line });
  });
});
