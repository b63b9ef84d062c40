import { describe, expect, it } from 'vitest';
import { EN_ATOM_ALTERNATIVES, EN_ATOM_START } from './english.ts';
import { compileNamed } from './named.ts';

/**
 * The start lookahead must never hide a match: run over sentences that hit
 * every alternative, at a word start, inside a word and after a digit, the
 * atoms with it find exactly what they find without it.
 */
const plain = compileNamed(EN_ATOM_ALTERNATIVES, 'gi');
const gated = compileNamed(`${EN_ATOM_START}(?:${EN_ATOM_ALTERNATIVES})`, 'gi');

function matches(pattern: { regex: RegExp }, text: string): string[] {
  const out: string[] = [];
  const re = pattern.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m.join('|')}`);
  return out;
}

/** Which named alternatives a text's matches came from. */
function alternativesHit(text: string): string[] {
  const hit: string[] = [];
  const re = plain.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const [name, group] of Object.entries(plain.groups)) if (m[group] !== undefined && TOP_LEVEL.includes(name)) hit.push(name);
  }
  return hit;
}

const TOP_LEVEL = [...EN_ATOM_ALTERNATIVES.matchAll(/(?:^|\|)\(\?<([A-Za-z]+)>/g)].map((m) => m[1]!);

const SENTENCES = [
  'The vote was held on 2022-01-10 and again on 2022/1/17.',
  'On January 10, 2022, and from July 11 and 12, 2020, to Jan. 5–7 they met.',
  'It began on 10 January 2022 and on the 3rd of March.',
  'In March 2021 and in Sept. of 2019 talks stalled.',
  'At the beginning of 2021, the end of March 2020 and the start of next year.',
  'Since December, in mid-July and late in January that year, then by February the same year.',
  'In 2013, since 1825, around 1999, mid-2020 and before 2001 but not 2300 troops.',
  'Late Wednesday, the following Monday and Tuesday night, next Friday.',
  'Yesterday, the day before yesterday, tonight, last night and this morning.',
  'Last week, this weekend, later this month and earlier this year.',
  'Three days ago, two weeks ago, a year ago and 5 months ago.',
  'Two days later, 36 hours later, an hour earlier.',
  'Days later, moments earlier, several hours later.',
  'Hours after the deal was announced, crowds gathered.',
  'He had been injured over the weekend.',
  'The following month, that year, a year later and two years earlier, up 5% from a year earlier.',
  'The next day, that afternoon, the day before and the day after the inauguration.',
  'Earlier in the day, in the afternoon, late in the evening.',
  'It struck on Friday, a day after it launched, and 2 days before that.',
  'In the coming days and in the days ahead, an overnight curfew and strikes overnight.',
  "On New Year's Day, Christmas Eve, the Lunar New Year and Mid-Autumn Festival, Valentine’s Day.",
  // Inside words and after digits: the alternatives with no word boundary before them.
  'BaJanuary 5 and xMarch 2020, 12January 3, A10 January, the 5th Mayday, MidJuly, ajan. 2022.',
  'Mon-Tue in 2020s, 1st-2nd of Dec, 10/12/2023, 3,000 people since 1990.',
  '',
  '1',
  'Jan',
];

describe('EN_ATOM_START', () => {
  it.each(SENTENCES)('finds the same atoms in %j', (text) => {
    expect(matches(gated, text)).toEqual(matches(plain, text));
  });

  it('the sentences above try every alternative', () => {
    const hit = new Set(SENTENCES.flatMap(alternativesHit));
    expect(TOP_LEVEL.filter((name) => !hit.has(name))).toEqual([]);
    expect(TOP_LEVEL.length).toBeGreaterThan(20);
  });
});
