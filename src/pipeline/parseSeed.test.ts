import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, markBylines, parseSeed, plainTextParagraphs } from './parseSeed.ts';
import { splitSentences } from './sentences.ts';
import type { ParsedParagraph } from './types.ts';

const NOW = new Date('2024-01-01T00:00:00Z');
const parseText = (text: string, file = 'seeds/t.txt') => parseSeed(file, new TextEncoder().encode(text), { now: NOW });
const HEADER = '<!--1641935372000-->\n[标题](https://www.example.com/a.html)\n------\n';

describe('parseSeed on the first seed article', () => {
  const file = 'seeds/000_b1eebe35896f2b82.txt';
  const { seed, diagnostics } = parseSeed(file, readFileSync(file));

  it('reads the header', () => {
    expect(diagnostics).toEqual([]);
    expect(seed).not.toBeNull();
    expect(seed!.title).toBe('中国强调绝不能让中亚生战生乱 美国担忧俄罗斯军队常驻哈萨克');
    expect(seed!.url).toBe('https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/cl-01112022133717.html');
    // 1641935372000 ms = 2022-01-11 21:09:32 UTC.
    expect(seed!.published?.toISOString()).toBe('2022-01-11T21:09:32.000Z');
    expect(seed!.language).toBe('zh');
  });

  it('gives the paragraphs in document order with their kinds', () => {
    const kinds = seed!.paragraphs.map((p) => p.kind);
    expect(kinds).toEqual([
      'paragraph',
      'related', 'related', 'related',
      'paragraph', 'paragraph', 'paragraph', 'paragraph',
      'caption',
      ...Array<string>(8).fill('paragraph'),
      'byline',
    ]);
    // The whole body is on line 5 (line 4 is blank).
    expect(new Set(seed!.paragraphs.map((p) => p.line))).toEqual(new Set([5]));
  });

  it('keeps related headlines and their addresses', () => {
    const related = seed!.paragraphs.filter((p) => p.kind === 'related');
    expect(related.map((p) => [p.text, p.url])).toEqual([
      ['哈萨克斯坦开枪镇压民众 习近平赞扬 : 有力措施', 'https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/cl-010720220928327.html'],
      ['哈萨克斯坦骚乱致中国店铺遭抢劫暂无华人伤亡', 'https://www.rfa.org/mandarin/Xinwen/5-01092022154926.html'],
      ['哈萨克斯坦持续动荡 4000余人被捕', 'https://www.rfa.org/mandarin/Xinwen/10-01082022170344.html'],
    ]);
  });

  it('gives the picture caption once, with its inner spaces, and no empty paragraph around it', () => {
    const captions = seed!.paragraphs.filter((p) => p.kind === 'caption');
    expect(captions.map((p) => p.text)).toEqual([
      '2022 年 1 月 9 日，在哈萨克斯坦阿拉木图因燃油价格上涨引发的大规模抗议活动中被洗劫一空的电子产品商店。（路透社）',
    ]);
    expect(seed!.paragraphs.every((p) => p.text.length > 0)).toBe(true);
  });

  it('keeps paragraph text exactly, full-width punctuation and Latin names included', () => {
    expect(seed!.paragraphs[0]!.text.startsWith('哈萨克斯坦局势在俄国进行军事干预后已经稳定下来，总统托卡耶夫（Kassym-Schomart Tokajew）')).toBe(true);
    expect(seed!.paragraphs[0]!.text.endsWith('美国则担忧，俄罗斯维和部队不会离开哈萨克斯坦。')).toBe(true);
  });

  it('marks the closing byline', () => {
    expect(seed!.paragraphs.at(-1)).toEqual({ kind: 'byline', text: '自由亚洲电台记者蔡凌巴黎报导 责编：嘉远 网编：郭度', line: 5 });
  });
});

describe('parseSeed header problems', () => {
  it('CRLF and CR line endings count lines like LF', () => {
    const crlf = parseText(HEADER.replace(/\n/g, '\r\n') + '<p>一</p>\r\n<p>二</p>\r');
    expect(crlf.seed!.paragraphs.map((p) => [p.text, p.line])).toEqual([['一', 4], ['二', 5]]);
    expect(crlf.diagnostics).toEqual([]);
  });

  it('blank lines between the header lines are tolerated', () => {
    const result = parseText('\n<!--1641935372000-->\n\n[标题](https://www.example.com/a.html)\n\n------\n<p>正文</p>');
    expect(result.diagnostics).toEqual([]);
    expect(result.seed!.paragraphs).toEqual([{ kind: 'paragraph', text: '正文', line: 7 }]);
  });

  it('a title written without the link syntax is used, with a warning', () => {
    const result = parseText('<!--1641935372000-->\n# 普通标题\n------\n<p>正文</p>');
    expect(result.seed!.title).toBe('普通标题');
    expect(result.seed!.url).toBe('');
    expect(result.diagnostics.map((d) => [d.severity, d.line])).toEqual([['warning', 2]]);
    expect(result.diagnostics[0]!.message).toMatch(/not \[TITLE\]\(URL\)/);
  });

  it('a markdown link title with <angle> address and a quoted tooltip', () => {
    const result = parseText('<!--1641935372000-->\n[标题](<https://www.example.com/a.html> "提示")\n------\n<p>正文</p>');
    expect(result.seed!.url).toBe('https://www.example.com/a.html');
    expect(result.diagnostics).toEqual([]);
  });

  it('an empty title is replaced by the opening of the text, keeping the URL', () => {
    const result = parseText('<!--1641935372000-->\n[](https://www.example.com/a.html)\n------\n<p>正文第一句。</p>');
    expect(result.seed!.title).toBe('正文第一句。');
    expect(result.seed!.url).toBe('https://www.example.com/a.html');
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 2, 'the title on line 2 is empty; used the opening of the first paragraph, “正文第一句。”, as the title'],
    ]);
  });

  it('a cut-short timestamp comment and a title without its closing ) are read, with warnings', () => {
    const result = parseText('<!--1641935372000\n[标题](https://www.example.com/a_(b).html\n------\n<p>正文</p>');
    expect(result.seed!.published?.toISOString()).toBe('2022-01-11T21:09:32.000Z');
    expect(result.seed!.url).toBe('https://www.example.com/a_(b).html');
    expect(result.seed!.paragraphs).toEqual([{ kind: 'paragraph', text: '正文', line: 4 }]);
    expect(result.diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 1, 'the timestamp comment on line 1 is not closed with -->; read it anyway'],
      ['warning', 2, 'the title on line 2 has no closing ) after the URL; read it anyway'],
    ]);
  });

  it('a URL with its own parentheses keeps them', () => {
    const result = parseText('<!--1641935372000-->\n[标题](https://en.wikipedia.org/wiki/Almaty_(city))\n------\n<p>正文</p>');
    expect(result.seed!.url).toBe('https://en.wikipedia.org/wiki/Almaty_(city)');
  });

  it('a multi-line comment at the top is not mistaken for a timestamp', () => {
    const result = parseText('<!--\nsaved page\n-->\n<p>正文</p>', 'seeds/page.html');
    expect(result.seed!.paragraphs.map((p) => p.text)).toEqual(['正文']);
    expect(result.seed!.published).toBeNull();
  });

  it('a title with brackets inside keeps them', () => {
    const result = parseText('<!--1641935372000-->\n[[快讯] 标题](https://www.example.com/a.html)\n------\n<p>正文</p>');
    expect(result.seed!.title).toBe('[快讯] 标题');
  });

  it('a timestamp up to one day after "now" is accepted; later is not', () => {
    const inADay = NOW.getTime() + 23 * 3600 * 1000;
    expect(parseText(`<!--${inADay}-->\n[t](https://e.com/)\n------\n<p>x</p>`).seed!.published?.getTime()).toBe(inADay);
    const inTwoDays = NOW.getTime() + 48 * 3600 * 1000;
    const late = parseText(`<!--${inTwoDays}-->\n[t](https://e.com/)\n------\n<p>x</p>`);
    expect(late.seed!.published).toBeNull();
    expect(late.diagnostics[0]!.message).toMatch(/in the future/);
  });
});

describe('plainTextParagraphs', () => {
  const cases: [string, string, [string, number][]][] = [
    ['blank lines separate paragraphs; lines inside join', 'a\nb\n\nc\n', [['a b', 10], ['c', 13]]],
    ['without blank lines every line is a paragraph', 'a\nb\nc', [['a', 10], ['b', 11], ['c', 12]]],
    ['leading and trailing blank lines do not count as separators', '\n\na\nb\n\n', [['a', 12], ['b', 13]]],
    ['whitespace-only lines are blank', 'a\n \t \nb', [['a', 10], ['b', 12]]],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(plainTextParagraphs(body, 10).map((p) => [p.text, p.line])).toEqual(expected);
  });
});

describe('markBylines', () => {
  const p = (text: string, kind: ParsedParagraph['kind'] = 'paragraph'): ParsedParagraph => ({ kind, text, line: 1 });
  const cases: [string, ParsedParagraph[], string[]][] = [
    ['RFA style', [p('正文。'), p('自由亚洲电台记者某某华盛顿报导 责编：甲 网编：乙')], ['paragraph', 'byline']],
    ['traditional characters', [p('正文。'), p('自由亞洲電台記者某某台北報導 責編：甲 網編：乙')], ['paragraph', 'byline']],
    ['reporter and editors on separate closing lines', [p('正文。'), p('本台记者王明报道'), p('责编：李华')], ['paragraph', 'byline', 'byline']],
    ['byline followed by related links', [p('正文。'), p('记者甲报道'), p('链接', 'related')], ['paragraph', 'byline', 'related']],
    ['a report attribution inside the story is not a byline', [p('正文。'), p('据路透社记者报道，至少3人死亡。')], ['paragraph', 'paragraph']],
    ['a byline-like line in the middle is left alone', [p('编辑：甲'), p('正文。')], ['paragraph', 'paragraph']],
    ['English credits', [p('Body.'), p('Reported by Jane Doe. Edited by John Smith.')], ['paragraph', 'byline']],
    ['Reuters credits', [p('Body.'), p('(Reporting by A; Editing by B)')], ['paragraph', 'byline']],
    ['an English sentence mentioning editing is not a byline', [p('Body.'), p('The film was edited in Paris.')], ['paragraph', 'paragraph']],
    ['Reuters credits without brackets', [p('Body.'), p('Reporting by A in Dhaka; Editing by B')], ['paragraph', 'byline']],
    ['Reuters credits naming many reporters and their cities, a long line', [p('Body.'), p('Reporting by David Ljunggren in Ottawa, Nia Williams in Calgary and Ben Klayman in Detroit; Writing by Steve Scherer; Editing by Jonathan Oatis')], ['paragraph', 'byline']],
    ['a long closing paragraph that only opens with "Reporting by" is no credit', [p('Body.'), p('Reporting by the commission found the money missing. Officials said nobody would be charged, and more would follow in the coming weeks.')], ['paragraph', 'paragraph']],
    ['DW credits and its newsletter promotion after them', [p('Body.'), p('ab/sms (dpa, AFP, Reuters)'), p("While you're here: Every Tuesday, DW editors round up what is happening in German politics and society. You can sign up here for the weekly email newsletter, Berlin Briefing.")], ['paragraph', 'byline', 'byline']],
    ['a long credit with an initial', [p('Body.'), p('Reporting by David Ljunggren in Ottawa and Nia Williams in Calgary, Alberta; Writing by Steve Scherer; Editing by Jonathan E. Oatis and Richard Chang')], ['paragraph', 'byline']],
    ['AP contributors', [p('Body.'), p('Associated Press writers Rhea Mehta in New Delhi and Claire Dubois in Paris contributed to this report.')], ['paragraph', 'byline']],
    ['contributors with their cities, a long line', [p('Body.'), p(`Associated Press writers ${'A Writer in A City, '.repeat(8)}and B in Paris contributed to this report.`)], ['paragraph', 'byline']],
    ['contributed reporting', [p('Body.'), p('Jane Doe in Kyiv contributed reporting.')], ['paragraph', 'byline']],
    ['additional reporting', [p('Body.'), p('Additional reporting by Jane Doe in Brussels and John Roe in Washington')], ['paragraph', 'byline']],
    ['further reporting', [p('Body.'), p('Further reporting by Jane Doe')], ['paragraph', 'byline']],
    ['a sentence on further reports is not a byline', [p('Body.'), p('Further reports by witnesses said the bridge fell.')], ['paragraph', 'paragraph']],
    ['contributed reporting from a city', [p('Body.'), p('Jane Doe contributed reporting from Kyiv.')], ['paragraph', 'byline']],
    ['Yonhap e-mail and (END)', [p('Body.'), p('sooyeon@yna.co.kr (END)')], ['paragraph', 'byline']],
    ['an e-mail alone', [p('Body.'), p('jane.doe@example.com')], ['paragraph', 'byline']],
    ['(END) alone', [p('Body.'), p('(END)')], ['paragraph', 'byline']],
    ['Xinhua （完）', [p('正文。'), p('（完）')], ['paragraph', 'byline']],
    ['a sentence giving an e-mail address is not a byline', [p('Body.'), p('Tips can be sent to tips@example.com.')], ['paragraph', 'paragraph']],
    ['DW agency credit', [p('正文。'), p('（路透社、法新社、美联社）')], ['paragraph', 'byline']],
    ['Zaobao compiled wire credit', [p('正文。'), p('（综合法新社、路透社电）')], ['paragraph', 'byline']],
    ['a compiled credit in traditional characters', [p('正文。'), p('（綜合法新社、路透社報導）')], ['paragraph', 'byline']],
    ['one agency that filed', [p('正文。'), p('（新华社电）')], ['paragraph', 'byline']],
    ['综合报道 alone', [p('正文。'), p('综合报道')], ['paragraph', 'byline']],
    ['（综合外电报道） alone', [p('正文。'), p('（綜合外電報導）')], ['paragraph', 'byline']],
    ['an outlet\'s Chinese service reporting', [p('正文。'), p('BBC中文综合报道')], ['paragraph', 'byline']],
    ['a traditional-script service credit', [p('正文。'), p('DW中文報導')], ['paragraph', 'byline']],
    ['a sentence on what an outlet reported is not a credit', [p('正文。'), p('BBC中文综合报道，多人受伤。')], ['paragraph', 'paragraph']],
    ['a Chinese outlet and 綜合報導', [p('正文。'), p('公視新聞網 綜合報導')], ['paragraph', 'byline']],
    ['a correspondent in brackets', [p('正文。'), p('（联合早报东京特派员林方舟综合报道）')], ['paragraph', 'byline']],
    ['a bracketed sentence is not a credit', [p('正文。'), p('（他说，这是报道。）')], ['paragraph', 'paragraph']],
    ['outlet, role and name, slash-separated', [p('正文。'), p('聯合報／編譯林彥廷／即時報導')], ['paragraph', 'byline']],
    ['"By" a writer and the outlet', [p('Body.'), p('By Marcus Ellery, BBC News')], ['paragraph', 'byline']],
    ['"By" two writers', [p('Body.'), p('By Jane Doe and John Smith')], ['paragraph', 'byline']],
    ['a sentence opening with "By" is not a byline', [p('Body.'), p('By Friday, the fire had burned out.')], ['paragraph', 'paragraph']],
    ['a copyright line', [p('Body.'), p('© 2023 AFP')], ['paragraph', 'byline']],
    ['AFP desk slugs', [p('Body.'), p('ph-str/cwl')], ['paragraph', 'byline']],
    ['Kyodo wire mark', [p('Body.'), p('==Kyodo')], ['paragraph', 'byline']],
    ['a sentence naming agencies is not a credit', [p('正文。'), p('综合法新社、路透社电，地震造成多人死亡。')], ['paragraph', 'paragraph']],
    ['DW English agency credit', [p('Body.'), p('kb/rt (AFP, Reuters)')], ['paragraph', 'byline']],
    ['a bracketed remark is not a credit', [p('正文。'), p('（完）这是说明。')], ['paragraph', 'paragraph']],
    ['an opening note to editors', [p('(ATTN: UPDATES with reactions in paras 5-7; ADDS photo)'), p('Body.')], ['byline', 'paragraph']],
    ['an opening bracket that is not a note to editors', [p('(AP) Body.'), p('More.')], ['paragraph', 'paragraph']],
    ['HK01 writers', [p('正文。'), p('撰文：黃詠欣、李振邦')], ['paragraph', 'byline']],
    ['reporter and photographer', [p('正文。'), p('記者：陳大文　攝影：李小明')], ['paragraph', 'byline']],
    ['a one-character role', [p('正文。'), p('文：張三')], ['paragraph', 'byline']],
    ['BBC Chinese author and bureau', [p('正文。'), p('作者：林嘉欣，BBC中文香港报道')], ['paragraph', 'byline']],
    ['a closing sentence quoting an author is not a byline', [p('正文。'), p('作者：我花了十年写这本书。')], ['paragraph', 'paragraph']],
    ['Ming Pao reporters in brackets', [p('正文。'), p('（明報記者 何嘉雯、梁卓軒 報道）')], ['paragraph', 'byline']],
    ['a closing quotation from a reporter is not a byline', [p('正文。'), p('記者：「你會否辭職？」他沒有回答。')], ['paragraph', 'paragraph']],
    ['Al Jazeera source line', [p('Body.'), p('Source: Al Jazeera and news agencies')], ['paragraph', 'byline']],
    ['a closing sentence about a source is not a byline', [p('Body.'), p('Source: officials said the talks failed. More were due.')], ['paragraph', 'paragraph']],
    ['a sentence on who contributed money is not a byline', [p('Body.'), p('The fund contributed $5 million to the reconstruction.')], ['paragraph', 'paragraph']],
  ];
  it.each(cases)('%s', (_name, paragraphs, kinds) => {
    markBylines(paragraphs);
    expect(paragraphs.map((x) => x.kind)).toEqual(kinds);
  });
});

describe('detectLanguage', () => {
  const p = (text: string): ParsedParagraph => ({ kind: 'paragraph', text, line: 1 });
  const cases: [string, string[], 'zh' | 'en'][] = [
    ['Chinese with Latin names in brackets', ['总统托卡耶夫（Kassym-Schomart Tokajew）正式将骚乱定性为一场未遂政变。'], 'zh'],
    ['English with one Chinese name', ['Foreign Minister Wang Yi (王毅) said on Monday that China supports the government.'], 'en'],
    ['English only', ['The talks ended.'], 'en'],
  ];
  it.each(cases)('%s', (_name, texts, language) => {
    expect(detectLanguage(texts.map(p), '')).toBe(language);
  });
  it('falls back to the title when there is no text', () => {
    expect(detectLanguage([], '中文标题')).toBe('zh');
  });
});

describe('parseSeed on mangled copies of the seed', () => {
  // Deterministic damage: cut, duplicate and inject markup characters and
  // raw bytes at random places. Whatever comes in, parsing must not throw and
  // what comes out must keep its promises.
  const original = readFileSync('seeds/000_b1eebe35896f2b82.txt');
  const INJECTIONS = ['<', '>', '</p>', '<p>', '"', '&', '&#', '\n', '\r', '<!--', '-->', '<script>', '“', '”', '\u0000', '\uFFFD'];
  let state = 12345;
  const random = (n: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  const mangle = (bytes: Uint8Array): Uint8Array => {
    const out = [...bytes];
    for (let k = 0; k < 1 + random(20); k++) {
      const at = random(out.length + 1);
      const choice = random(3);
      if (choice === 0) out.splice(at, 1 + random(40));
      else if (choice === 1) out.splice(at, 0, ...new TextEncoder().encode(INJECTIONS[random(INJECTIONS.length)]!));
      else out.splice(at, 0, random(256));
    }
    return new Uint8Array(out);
  };

  it('never throws, and every paragraph is trimmed text on a real line with a safe address', () => {
    for (let n = 0; n < 300; n++) {
      const bytes = mangle(original);
      const { seed, diagnostics } = parseSeed('seeds/mangled.txt', bytes, { now: NOW });
      const lineCount = new TextDecoder().decode(bytes).split(/\r\n?|\n/).length;
      for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(lineCount);
      if (!seed) continue;
      expect(seed.url === '' || /^https?:\/\//.test(seed.url)).toBe(true);
      for (const p of seed.paragraphs) {
        expect(p.text.length).toBeGreaterThan(0);
        expect(p.text).toBe(p.text.trim());
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(lineCount);
        if (p.url !== undefined) expect(p.url).toMatch(/^https?:\/\//);
        for (const s of splitSentences(p.text)) expect(p.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });
});
