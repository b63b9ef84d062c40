import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from './parseSeed.ts';
import { dottedRoleWords, splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['empty text', '', []],
    ['only spaces', '   ', []],
    ['one Chinese sentence', '他今天到了北京。', ['他今天到了北京。']],
    ['Chinese full stop, exclamation, question, semicolon', '甲。乙！丙？丁；戊', ['甲。', '乙！', '丙？', '丁；', '戊']],
    ['a run of enders stays together', '真的吗？！是的。', ['真的吗？！', '是的。']],
    ['half-width forms in Chinese text', '他走了!她留下?我们等;然后', ['他走了!', '她留下?', '我们等;', '然后']],
    ['half-width ideographic full stop', '第一句｡第二句', ['第一句｡', '第二句']],
    ['closing quote after the full stop stays with the sentence', '他说：“我们会回来。”然后离开了。', ['他说：“我们会回来。”', '然后离开了。']],
    ['a quotation the sentence goes on past (並, 并, 但…)', '拜登表示：「這是民主的勝利。」並祝賀賴清德當選。他隨後離開。', ['拜登表示：「這是民主的勝利。」並祝賀賴清德當選。', '他隨後離開。']],
    ['quoted speech with several sentences is one sentence with its lead-in', 'X说：“A。B。”', ['X说：“A。B。”']],
    ['quoted speech, lead-in, then more text', '他说：“第一。第二！”大家鼓掌。', ['他说：“第一。第二！”', '大家鼓掌。']],
    ['a quoted phrase inside a sentence does not split it', '他称之为“未遂政变”。随后发表讲话。', ['他称之为“未遂政变”。', '随后发表讲话。']],
    ['corner brackets count as quotes', '她说：「好。走吧。」我们走了。', ['她说：「好。走吧。」', '我们走了。']],
    ['nested quotes', '他说：“她告诉我『快走。』我就走了。”结束。', ['他说：“她告诉我『快走。』我就走了。”', '结束。']],
    ['ellipsis closing a quote ends the sentence', '他说：“我们会……”话没说完。', ['他说：“我们会……”', '话没说完。']],
    ['ellipsis inside a Chinese sentence does not split it', '是的……走吧！', ['是的……走吧！']],
    ['an unclosed quote does not swallow the paragraph', '“没有结尾的引号。后面还有句子。', ['“没有结尾的引号。', '后面还有句子。']],
    ['a closing bracket stays with its sentence', '（这是括号里的话。）下一句。', ['（这是括号里的话。）', '下一句。']],
    ['a trailing credit joins the sentence before it', '被洗劫一空的商店。（路透社）', ['被洗劫一空的商店。（路透社）']],
    ['no ender at the end: the rest is a sentence', '第一句。没有句号', ['第一句。', '没有句号']],
    ['leading and trailing spaces are not part of a sentence', '  前后有空格。  后一句。 ', ['前后有空格。', '后一句。']],
    ['internal spaces are kept', '2022 年 1 月 9 日，商店被抢。', ['2022 年 1 月 9 日，商店被抢。']],
    ['an enumeration after a colon stays one sentence', '他宣布两项工具：一是互换便利，规模5000亿元；二是专项再贷款，利率为1.75%。次日生效。', ['他宣布两项工具：一是互换便利，规模5000亿元；二是专项再贷款，利率为1.75%。', '次日生效。']],
    ['其一/其二 and 第一/第二 items too', '原因有二：其一，成本高；其二，需求弱。', ['原因有二：其一，成本高；其二，需求弱。']],
    ['numbered items', '会议要求：（一）稳增长；（二）防风险。', ['会议要求：（一）稳增长；（二）防风险。']],
    ['第二天 after a semicolon is no item', '他们周一抵达；第二天举行会谈。', ['他们周一抵达；', '第二天举行会谈。']],
    ['English sentences', 'The talks ended. Both sides left! Why? Nobody knows.', ['The talks ended.', 'Both sides left!', 'Why?', 'Nobody knows.']],
    ['English: no split before a lowercase word', 'He said no. and left.', ['He said no. and left.']],
    ['English: decimals and dotted names', 'It cost $1.5 billion in the U.S. market.', ['It cost $1.5 billion in the U.S. market.']],
    ['English: titles', 'Mr. Smith met Mrs. Jones and Dr. Lee. They talked.', ['Mr. Smith met Mrs. Jones and Dr. Lee.', 'They talked.']],
    ['English: months and numbers', 'On Jan. 9 the No. 5 road closed. Police came.', ['On Jan. 9 the No. 5 road closed.', 'Police came.']],
    ['English: "no." ends a sentence when no number follows', 'He said No. Then he left.', ['He said No.', 'Then he left.']],
    ['English: initials', 'John F. Kennedy spoke. J. K. Rowling wrote.', ['John F. Kennedy spoke.', 'J. K. Rowling wrote.']],
    ['English: a capital after a lowercase word is no initial', 'The envoy wrote on X. Ministers met. It was signed by Harry S. Truman.', ['The envoy wrote on X.', 'Ministers met.', 'It was signed by Harry S. Truman.']],
    ['English: e.g. and i.e. and vs.', 'Some, e.g. Kazakhstan, i.e. a state, vs. Russia. Next.', ['Some, e.g. Kazakhstan, i.e. a state, vs. Russia.', 'Next.']],
    ['English: a clock time ends a sentence before a name', 'It fell at around 11:23 a.m. Hamada added that it flew far.', ['It fell at around 11:23 a.m.', 'Hamada added that it flew far.']],
    ['English: a clock time then a weekday', 'It was launched at 10:15 a.m. Friday. It flew far.', ['It was launched at 10:15 a.m. Friday.', 'It flew far.']],
    ['English: a clock time then a zone or a date', 'Talks begin at 9 a.m. EST and 6 P.M. Beijing time, or 8 a.m. Nov. 3 at the latest.', ['Talks begin at 9 a.m. EST and 6 P.M. Beijing time, or 8 a.m. Nov. 3 at the latest.']],
    ['English: a clock time then a bracket', 'A truce from 6 p.m. (1600 GMT) held.', ['A truce from 6 p.m. (1600 GMT) held.']],
    ['English: military ranks before a name', 'Pentagon press secretary Brig. Gen. Pat Ryder said Friday it flew. Sgt. Maj. Lee and Cpl. Ito and Pvt. Diaz stayed.', ['Pentagon press secretary Brig. Gen. Pat Ryder said Friday it flew.', 'Sgt. Maj. Lee and Cpl. Ito and Pvt. Diaz stayed.']],
    ['English: U.N. and U.S. before a capital', 'The U.N. Security Council met. The U.S. Army left.', ['The U.N. Security Council met.', 'The U.S. Army left.']],
    ['English: a sentence may start with a digit or a quote', 'It ended. 164 died. "We won," he said.', ['It ended.', '164 died.', '"We won," he said.']],
    ['English: closing quote stays with the sentence', '“We will leave.” Then they left.', ['“We will leave.”', 'Then they left.']],
    ['English: curly-quoted speech stays whole', 'He said, “Stop. Now.” Then he left.', ['He said, “Stop. Now.”', 'Then he left.']],
    ['English: ellipsis before a new sentence', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['English: semicolons do not split', 'It rained; we stayed. Fine.', ['It rained; we stayed.', 'Fine.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each(cases)('offsets are exact: %s', (_name, text) => {
    for (const s of splitSentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });
});

describe('splitSentences on the first seed article', () => {
  const file = 'seeds/000_b1eebe35896f2b82.txt';
  const seed = parseSeed(file, readFileSync(file)).seed!;
  // Counted by reading each paragraph: a 。！？； outside quotes ends a sentence;
  // 说：“…。…。” stays one sentence; the caption keeps its （路透社） credit.
  const expectedCounts = [3, 1, 1, 1, 4, 2, 1, 3, 1, 1, 2, 1, 2, 1, 3, 2, 2, 1];

  it('gives the expected number of sentences per paragraph', () => {
    expect(seed.paragraphs.map((p) => splitSentences(p.text).length)).toEqual(expectedCounts);
  });

  it('keeps the multi-sentence quotation together with its lead-in', () => {
    const quoted = seed.paragraphs.find((p) => p.text.startsWith('中国外交部发言人汪文斌'))!;
    expect(splitSentences(quoted.text)).toHaveLength(1);
    const customs = seed.paragraphs.find((p) => p.text.startsWith('托卡耶夫11日'))!;
    expect(texts(customs.text)[1]).toBe('托卡耶夫指出，哈萨克斯坦有数百亿的税没有收缴，责令尽快解决这些问题。');
  });

  it('splits after a closing quote that ends with a full stop', () => {
    const price = seed.paragraphs.find((p) => p.text.startsWith('普莱斯在新闻发布会上说'))!;
    expect(texts(price.text)[0]).toBe('普莱斯在新闻发布会上说：“在政府要求时，集安组织力量应离开哈萨克斯坦。”');
  });

  it('every sentence of every paragraph slices back exactly', () => {
    for (const p of seed.paragraphs)
      for (const s of splitSentences(p.text)) expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('dottedRoleWords', () => {
  const cases: [string, { en: string; latin?: string[] }[], string[]][] = [
    ['a dotted title in the Latin forms', [{ en: 'Brigadier General', latin: ['Brigadier General', 'Brig. Gen.'] }], ['Brig', 'Gen']],
    ['a dotted English name', [{ en: 'Sen.' }], ['Sen']],
    ['undotted forms give nothing', [{ en: 'Lieutenant Colonel', latin: ['Lt Col'] }], []],
  ];
  it.each(cases)('%s', (_name, roles, expected) => {
    expect(dottedRoleWords(roles)).toEqual(expected);
  });
});
