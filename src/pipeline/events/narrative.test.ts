import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types.ts';
import type { Precision } from '../../lib/schema.ts';
import { advanceNarrative, carriedDate, emptyNarrative, setsAgainst, type Narrative } from './narrative.ts';

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
    ['a month or a year is background: not carried, and it breaks the chain', [
      { paragraph: 0, dates: [['10日', '2022-01-10', 'day']], actors: ['wang-yi'] },
      { paragraph: 1, dates: [['去年8月', '2021-08', 'month'], ['2013年', '2013', 'year']], actors: ['taliban'] },
      { paragraph: 1, actors: ['historian'], expect: null },
      { paragraph: 2, actors: ['wang-yi'], expect: null },
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
