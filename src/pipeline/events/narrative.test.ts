import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types.ts';
import type { Precision } from '../../lib/schema.ts';
import { advanceNarrative, carriedDate, emptyNarrative, setsAgainst, type Narrative } from './narrative.ts';
import { findDates } from '../dates/index.ts';

interface Step {
  paragraph: number;
  /** Dates the sentence states itself: [text, start, precision]. */
  dates?: [string, string, Precision][];
  actors?: string[];
  /** The date it should take over, or null for undated; omitted when it has its own. */
  expect?: string | null;
  /** It sets its subject against what came before (美国则担忧…). */
  contrast?: boolean;
}

const mention = ([text, start, precision]: [string, string, Precision]): DateMention => ({
  text, start: 0, end: text.length, value: { start, precision }, rule: 'publication',
});

function run(steps: Step[]): (string | null | undefined)[] {
  let state: Narrative = emptyNarrative;
  return steps.map((step, i) => {
    const mentions = (step.dates ?? []).map(mention);
    const carried = mentions.length ? null : carriedDate(state, step.paragraph, step.actors?.[0], step.contrast);
    state = advanceNarrative(state, {
      paragraph: step.paragraph, quote: `s${i}`, mentions, actors: step.actors ?? [], carried: carried !== null,
    });
    return mentions.length ? undefined : (carried?.date.start ?? null);
  });
}

describe('carrying a date to sentences without one', () => {
  it.each<[string, Step[]]>([
    ['the next sentence of the same paragraph takes the date', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['wang-yi'] },
      { paragraph: 0, actors: ['putin'], expect: '2022-01-10' },
      { paragraph: 0, actors: ['usa'], expect: '2022-01-10' },
    ]],
    ['a sentence setting someone else against it does not take it', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['wang-yi', 'kazakhstan'] },
      { paragraph: 0, actors: ['usa', 'russia'], contrast: true, expect: null },
    ]],
    ['…unless its subject took part', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['wang-yi', 'lavrov'] },
      { paragraph: 0, actors: ['lavrov'], contrast: true, expect: '2022-01-10' },
    ]],
    ['a new paragraph continues it when its subject took part', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['tokayev', 'csto'] },
      { paragraph: 1, actors: ['tokayev'], expect: '2022-01-10' },
      { paragraph: 1, actors: ['putin'], expect: '2022-01-10' },
      { paragraph: 2, actors: ['putin'], expect: '2022-01-10' },
    ]],
    ['a new paragraph about someone else is not dated by the old one', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['tokayev'] },
      { paragraph: 1, actors: ['lukashenko'], expect: null },
    ]],
    ['a paragraph two paragraphs later is not dated by it', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['tokayev'] },
      { paragraph: 2, actors: ['tokayev'], expect: null },
    ]],
    ['a month is carried within its paragraph only, and a year not at all', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['wang-yi'] },
      { paragraph: 1, dates: [['去年8月', '2021-08', 'month'], ['2013年', '2013', 'year']], actors: ['taliban'] },
      { paragraph: 1, actors: ['historian'], expect: '2021-08' },
      { paragraph: 2, actors: ['wang-yi'], expect: null },
    ]],
    ['a month in the paragraph of a day: what follows takes the month, then the next day again', [
      { paragraph: 0, dates: [['7月4日', '2023-07-04', 'day']], actors: ['grossi'] },
      { paragraph: 0, dates: [['上个月', '2023-07', 'month']], actors: ['grossi'] },
      { paragraph: 0, actors: [], expect: '2023-07' },
      { paragraph: 0, dates: [['5日', '2023-07-05', 'day']], actors: ['grossi'] },
      { paragraph: 0, actors: [], expect: '2023-07-05' },
    ]],
    ['a year alone breaks nothing and carries nothing', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['a'] },
      { paragraph: 0, dates: [['2013年', '2013', 'year']], actors: ['a'] },
      { paragraph: 0, actors: ['a'], expect: '2022-01-10' },
    ]],
    ['the first sentences of an article are undated', [
      { paragraph: 0, actors: ['tokayev'], expect: null },
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['wang-yi'] },
    ]],
    ['a later day replaces the earlier one', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['a'] },
      { paragraph: 1, dates: [['11日', '2022-01-11', 'day']], actors: ['b'] },
      { paragraph: 1, actors: ['c'], expect: '2022-01-11' },
    ]],
  ])('%s', (_, steps) => {
    expect(run(steps)).toEqual(steps.map((s) => (s.dates ? undefined : s.expect)));
  });
});

describe('setsAgainst', () => {
  it.each([
    ['美国则担忧，俄罗斯维和部队不会离开哈萨克斯坦。', true],
    ['托卡耶夫却批评与中国边境海关的工作表现', true],
    ['而北约秘书长表示，局势令人担忧。', true],
    ['不过，哈萨克斯坦独立媒体人叶尔兰认为，这种分工正在变得脆弱。', true],
    ['Washington, however, worried that the troops would stay.', true],
    ['王毅表示，中俄作为联合国安理会常任理事国…', false],
    ['普京说，部队只会在哈萨克待上一段“有限的”时间。', false],
    ['警方随后发射催泪瓦斯驱散人群，但没有人受伤。', false],
    ['而且，双方同意加强合作。', false],
    ['根据原则，各方应当保持克制。', false],
    ['He said the troops would leave; however long it takes, they will go.', false],
  ])('%s → %s', (sentence, expected) => expect(setsAgainst(sentence)).toBe(expected));
});

interface Said {
  paragraph: number;
  text: string;
  /** Its dates: [as written, value, precision]; a range when a fourth (its end) is given; ahead of publication when a fifth. */
  dates?: [string, string, Precision, string?, boolean?][];
  actors?: string[];
}

/** What each undated sentence takes, running sentences with their words (where the dates stand matters). */
function runText(steps: Said[]): (string | null | undefined)[] {
  let state: Narrative = emptyNarrative;
  return steps.map((step) => {
    const mentions = (step.dates ?? []).map(([text, start, precision, end, future]): DateMention => {
      const at = step.text.indexOf(text);
      return { text, start: at, end: at + text.length, value: { start, precision, ...(end ? { end } : {}), ...(future ? { future } : {}) }, rule: 'publication' };
    });
    const carried = mentions.length ? null : carriedDate(state, step.paragraph, step.actors?.[0]);
    state = advanceNarrative(state, { paragraph: step.paragraph, quote: step.text, mentions, actors: step.actors ?? [], carried: carried !== null });
    return mentions.length ? undefined : (carried?.date.start ?? null);
  });
}

describe('which of a sentence’s dates the next sentence takes', () => {
  it.each<[string, Said[], (string | null)[]]>([
    ['not a date in an English relative clause', [
      { paragraph: 0, text: 'Signing is postponed on April 6 after a deadline, which expired on April 1, passes.', dates: [['April 6', '2023-04-06', 'day'], ['April 1', '2023-04-01', 'day']] },
      { paragraph: 0, text: 'The army and the RSF are at odds.' },
    ], ['2023-04-06']],
    ['not an earlier day the sentence goes back to', [
      { paragraph: 0, text: '谈判6日再度推迟，此前的期限1日已过。', dates: [['6日', '2023-04-06', 'day'], ['1日', '2023-04-01', 'day']] },
      { paragraph: 0, text: '双方仍有分歧。' },
    ], ['2023-04-06']],
    ['a later day the story moves on to', [
      { paragraph: 0, text: '她9月13日被捕，三天后在医院死亡。', dates: [['9月13日', '2022-09-13', 'day'], ['三天后', '2022-09-16', 'day']] },
      { paragraph: 0, text: '警方称她死于心脏病。' },
    ], ['2022-09-16']],
    ['not a span: what is told of it need not have happened on its first day', [
      { paragraph: 0, text: '自9月17日以来，抗议活动已扩散到全国。', dates: [['自9月17日以来', '2022-09-17', 'day', '2022-10-03']] },
      { paragraph: 0, text: '许多女性当众摘下头巾。' },
    ], [null]],
    ['not an earlier statement a spokesperson recalls: what follows is said now', [
      { paragraph: 0, text: '美菲两国上周四宣布新增基地。', dates: [['上周四', '2023-02-02', 'day']] },
      { paragraph: 1, text: '答：关于美菲防务合作，我们2月2日已经表明了立场。', dates: [['2月2日', '2023-02-02', 'day']] },
      { paragraph: 1, text: '我们希望地区国家保持警惕。' },
    ], [null]],
    ['nor an occasion recalled with 早在', [
      { paragraph: 0, text: '我想强调的是，早在2月3日，外交部发言人就已应询发表谈话。', dates: [['2月3日', '2023-02-03', 'day']] },
      { paragraph: 0, text: '中方一直同美方保持沟通。' },
    ], [null]],
    ['not a day ahead, which leaves the day set before in place', [
      { paragraph: 0, text: 'Hamas freed three captives on Sunday.', dates: [['Sunday', '2025-01-19', 'day']] },
      { paragraph: 0, text: 'Trump will be sworn in later on Monday.', dates: [['later on Monday', '2025-01-20', 'day', undefined, true]] },
      { paragraph: 0, text: 'Crowds gathered in the square.' },
    ], ['2025-01-19']],
    ['nor a day wrongly taken as ahead ("until" in the past): the paragraph keeps its day', [
      { paragraph: 0, text: 'Talks opened on Monday.', dates: [['Monday', '2024-11-18', 'day']] },
      { paragraph: 0, text: 'They had been delayed until Friday.', dates: [['until Friday', '2024-11-22', 'day', undefined, true]] },
      { paragraph: 0, text: 'Both sides then spoke to reporters.' },
    ], ['2024-11-18']],
    ['nor a day in a relative clause, ahead or not', [
      { paragraph: 0, text: 'The army shelled the town on Sunday.', dates: [['Sunday', '2025-01-19', 'day']] },
      { paragraph: 0, text: 'Trump, who spoke with Netanyahu on Monday, claimed credit.', dates: [['Monday', '2025-01-20', 'day']] },
      { paragraph: 0, text: 'Aid trucks entered.' },
    ], ['2025-01-19']],
    ['nor the background day of an after-phrase no event took', [
      { paragraph: 0, text: 'Oil prices edged lower Monday as traders bet the conflict would not widen.', dates: [['Monday', '2024-04-15', 'day']] },
      { paragraph: 0, text: 'Brent fell 0.5% in early trading, after climbing to its highest level since October on Friday.', dates: [['on Friday', '2024-04-12', 'day']] },
      { paragraph: 0, text: 'Diplomats said the council could take up new measures.' },
    ], ['2024-04-15']],
    ['a day of the main clause still runs, after-phrase or not', [
      { paragraph: 0, text: 'Police arrested him on Friday, after a raid.', dates: [['on Friday', '2024-04-12', 'day']] },
      { paragraph: 0, text: 'He was released later.' },
    ], ['2024-04-12']],
    ['a day from which a measure runs (周四起) is the day it started', [
      { paragraph: 0, text: '香港特区政府周四起禁止进口日本水产品。', dates: [['周四起', '2023-08-24', 'day', '2023-08-26']] },
      { paragraph: 0, text: '李家超在社交媒体上发文。' },
    ], ['2023-08-24']],
    ['not a day a decision sets: the story stays on the day of the decision', [
      { paragraph: 0, text: '岸田本周二召开会议，正式决定于24日开始排放。', dates: [['本周二', '2023-08-22', 'day'], ['24日', '2023-08-24', 'day']] },
      { paragraph: 0, text: '岸田在会后对记者说。' },
    ], ['2023-08-22']],
    ['not a month a span starts from (自去年8月…)', [
      { paragraph: 0, text: '自去年8月塔利班夺取政权，中国面临动荡。', dates: [['去年8月', '2021-08', 'month']] },
      { paragraph: 0, text: '他还说，局势令人担忧。' },
    ], [null]],
    ['while the day set before stays for what follows 此前', [
      { paragraph: 0, text: '总统9月24日表示，必须果断处理。', dates: [['9月24日', '2022-09-24', 'day']] },
      { paragraph: 0, text: '此前，总统9月22日曾表示，调查正在进行。', dates: [['9月22日', '2022-09-22', 'day']] },
      { paragraph: 0, text: '总统还会见了遇难者家属。' },
    ], ['2022-09-24']],
  ])('%s', (_, steps, expected) => {
    expect(runText(steps).filter((d) => d !== undefined)).toEqual(expected);
  });
});

describe('timeline entries ("April 2019 - …")', () => {
  it.each<[string, Said[], (string | null)[]]>([
    ['the heading dates the whole entry, even a month', [
      { paragraph: 0, text: 'April 2019 - The army ousts Omar al-Bashir.', dates: [['April 2019', '2019-04', 'month']], actors: ['sudan'] },
      { paragraph: 0, text: 'A Transitional Military Council takes power.' },
    ], ['2019-04']],
    ['and wins over a later date in its own sentence', [
      { paragraph: 0, text: 'April 6 - Signing is postponed, after a deadline that expired on April 1 passes.', dates: [['April 6', '2023-04-06', 'day'], ['April 1', '2023-04-01', 'day']] },
      { paragraph: 0, text: 'The army and the RSF are at odds.' },
    ], ['2023-04-06']],
    ['but dates only its own entry', [
      { paragraph: 0, text: 'Oct. 25, 2021 - Burhan leads a coup.', dates: [['Oct. 25, 2021', '2021-10-25', 'day']], actors: ['burhan'] },
      { paragraph: 1, text: 'Burhan later reinstated Hamdok.', actors: ['burhan'] },
    ], [null]],
    ['a day given inside an entry carries within it', [
      { paragraph: 0, text: 'April 15 - Fighting erupts in Khartoum.', dates: [['April 15', '2023-04-15', 'day']], actors: ['rsf'] },
      { paragraph: 0, text: 'The next day, the agency halts its operations.', dates: [['The next day', '2023-04-16', 'day']], actors: ['wfp'] },
      { paragraph: 0, text: 'The agency asks for safe passage.', actors: ['wfp'] },
      { paragraph: 1, text: 'The agency resumes work.', actors: ['wfp'] },
    ], ['2023-04-16', null]],
    ['a dash inside a sentence is no heading: the next paragraph may continue', [
      { paragraph: 0, text: 'The president on Monday said troops - some 2,000 - would stay.', dates: [['Monday', '2022-01-10', 'day']], actors: ['tokayev'] },
      { paragraph: 1, text: 'Tokayev added that order was restored.', actors: ['tokayev'] },
    ], ['2022-01-10']],
  ])('%s', (_, steps, expected) => {
    expect(runText(steps).filter((d) => d !== undefined)).toEqual(expected);
  });
});

describe('what 当天, 同日, 次日 count from (the reference)', () => {
  /** The reference after each sentence, and what the next undated sentence carries. */
  function references(steps: Said[]): { reference: (string | null)[]; carried: string | null } {
    let state: Narrative = emptyNarrative;
    const reference: (string | null)[] = [];
    for (const step of steps) {
      const mentions = (step.dates ?? []).map(([text, start, precision, end, future]): DateMention => {
        const at = step.text.indexOf(text);
        return { text, start: at, end: at + text.length, value: { start, precision, ...(end ? { end } : {}), ...(future ? { future } : {}) }, rule: 'publication' };
      });
      state = advanceNarrative(state, { paragraph: step.paragraph, quote: step.text, mentions, actors: step.actors ?? [], carried: false });
      reference.push(state.date?.start ?? null);
    }
    return { reference, carried: carriedDate(state, steps.at(-1)!.paragraph, undefined)?.date.start ?? null };
  }

  it.each<[string, Said[], (string | null)[], string | null]>([
    ['a sentence naming only a day ahead moves the reference there, not the carried day', [
      { paragraph: 0, text: '美联社周三宣布特朗普胜选。', dates: [['周三', '2024-11-06', 'day']] },
      { paragraph: 0, text: '特朗普将于明年1月20日宣誓就职。', dates: [['明年1月20日', '2025-01-20', 'day', undefined, true]] },
    ], ['2024-11-06', '2025-01-20'], '2024-11-06'],
    ['a sentence with a running day keeps it as the reference, whatever it names ahead', [
      { paragraph: 0, text: '国务院10日宣布，布林肯将于15日访华。', dates: [['10日', '2023-02-10', 'day'], ['15日', '2023-02-15', 'day', undefined, true]] },
    ], ['2023-02-10'], '2023-02-10'],
    ['not a day a decision sets', [
      { paragraph: 0, text: '岸田周一会见渔民。', dates: [['周一', '2023-08-21', 'day']] },
      { paragraph: 0, text: '日本政府正式决定于24日开始排放。', dates: [['24日', '2023-08-24', 'day', undefined, true]] },
    ], ['2023-08-21', '2023-08-21'], '2023-08-21'],
    ['nor a deadline (until) or a span ahead', [
      { paragraph: 0, text: 'Talks opened on Monday.', dates: [['Monday', '2024-11-18', 'day']] },
      { paragraph: 0, text: 'They had been delayed until Friday.', dates: [['until Friday', '2024-11-22', 'day', undefined, true]] },
      { paragraph: 0, text: '演习将于5日至7日举行。', dates: [['5日至7日', '2024-11-25', 'day', '2024-11-27', true]] },
    ], ['2024-11-18', '2024-11-18', '2024-11-18'], '2024-11-18'],
    ['a later running day takes the reference back', [
      { paragraph: 0, text: '特朗普将于明年1月20日宣誓就职。', dates: [['明年1月20日', '2025-01-20', 'day', undefined, true]] },
      { paragraph: 0, text: '拜登周四发表讲话。', dates: [['周四', '2024-11-07', 'day']] },
    ], ['2025-01-20', '2024-11-07'], '2024-11-07'],
  ])('%s', (_, steps, reference, carried) => {
    expect(references(steps)).toEqual({ reference, carried });
  });
});

describe('the year or month a sentence names, for 当年, 同年, 一年后 in the next', () => {
  const step = (state: Narrative, paragraph: number, sentence: string, mentions: DateMention[]) =>
    advanceNarrative(state, { paragraph, quote: sentence, mentions, actors: [], carried: false });
  const published = new Date('2024-03-19T22:00:00Z');
  const dated = (sentence: string, state: Narrative) => findDates(sentence, { published, reference: state.date }).map((m) => `${m.text} ${m.value.start}`);

  it.each<[string, string, string, string[]]>([
    ['特區政府曾於2003年推出條例草案。', '當年7月1日約50萬人上街遊行反對。', '2003年', ['當年7月1日 2003-07-01']],
    ['安倍2006年9月首次出任首相。', '他一年后因病辞职。', '2006年9月', ['一年后 2007']],
    // Where a span starts is no year named.
    ['自2003年以来，草案一直擱置。', '他一年后辞职。', '2003年', ['一年后 2025']],
  ])('%s %s', (first, second, text, want) => {
    let state: Narrative = step(emptyNarrative, 0, '王毅10日抵达。', findDates('王毅10日抵达。', { published, reference: null }));
    state = step(state, 0, first, findDates(first, { published, reference: state.date }).filter((m) => m.text === text));
    expect(dated(second, state)).toEqual(want);
    // 当天 still counts from the day.
    expect(dated('当天他说。', state)).toEqual(['当天 2024-03-10']);
  });

  it('lends the year to the next sentence only', () => {
    let state: Narrative = step(emptyNarrative, 0, '特區政府曾於2003年推出條例草案。', findDates('特區政府曾於2003年推出條例草案。', { published, reference: null }));
    state = step(state, 0, '草案引起爭議。', []);
    expect(dated('同年9月5日宣布撤回草案。', state)).toEqual([]);
  });
});
