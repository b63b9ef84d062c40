/**
 * English date expressions, one row each. Expected values worked out by hand:
 * publication 2022-01-11 (a Tuesday; that week Mon 01-10 to Sun 01-16, the
 * week before 01-03 to 01-09); 2022-09-05 is a Monday in September.
 */
import { describe, expect, it } from 'vitest';
import type { DateValue, Precision, TimexMod } from '../../lib/schema.ts';
import { findDates } from './index.ts';
import { EN_HOLIDAYS } from './lexicon.ts';

const PUBLISHED = '2022-01-11T21:09:32Z';

interface Extra {
  pub?: string;
  ref?: string;
  mod?: TimexMod;
  future?: boolean;
}

type Row = [sentence: string, text: string, start: string, end: string | null, precision: Precision, rule: string, extra?: Extra];

const ROWS: Row[] = [
  ['Tokayev spoke on January 10, 2022.', 'January 10, 2022', '2022-01-10', null, 'day', 'stated'],
  ['On Jan. 10 he spoke.', 'Jan. 10', '2022-01-10', null, 'day', 'publication'],
  ['On 10 January 2022 he spoke.', '10 January 2022', '2022-01-10', null, 'day', 'stated'],
  ['Shops closed on 2022-01-07.', '2022-01-07', '2022-01-07', null, 'day', 'stated'],
  ['He spoke on Tuesday.', 'Tuesday', '2022-01-11', null, 'day', 'publication'],
  ['He spoke on Monday.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  ['He spoke on Wednesday.', 'Wednesday', '2022-01-05', null, 'day', 'publication'],
  ['He spoke last Tuesday.', 'last Tuesday', '2022-01-04', null, 'day', 'publication'],
  ['The talks will be held next Monday.', 'next Monday', '2022-01-17', null, 'day', 'publication', { future: true }],
  ['He will visit on Friday.', 'Friday', '2022-01-14', null, 'day', 'publication', { future: true }],
  ['He spoke last week.', 'last week', '2022-01-03', '2022-01-09', 'day', 'publication'],
  ['He spoke yesterday.', 'yesterday', '2022-01-10', null, 'day', 'publication'],
  ['He speaks today.', 'today', '2022-01-11', null, 'day', 'publication'],
  ['He speaks tomorrow.', 'tomorrow', '2022-01-12', null, 'day', 'publication', { future: true }],
  ['Protests began in August.', 'August', '2021-08', null, 'month', 'publication'],
  ['Protests began last August.', 'last August', '2021-08', null, 'month', 'publication'],
  ['Protests began in August.', 'August', '2022-08', null, 'month', 'publication', { pub: '2022-09-05T12:00:00Z' }],
  ['Protests began last August.', 'last August', '2022-08', null, 'month', 'publication', { pub: '2022-09-05T12:00:00Z' }],
  ['Protests began last August.', 'last August', '2021-08', null, 'month', 'publication', { pub: '2022-08-20T12:00:00Z' }],
  ['The initiative began in 2013.', '2013', '2013', null, 'year', 'stated'],
  ["Unrest since New Year's Day killed 164.", "since New Year's Day", '2022-01-01', '2022-01-11', 'day', 'publication'],
  ['It happened three days ago.', 'three days ago', '2022-01-08', null, 'day', 'publication'],
  ['Prices rose in early January.', 'early January', '2022-01', null, 'month', 'publication', { mod: 'START' }],
  ['Prices rose by the end of 2021.', 'the end of 2021', '2021', null, 'year', 'stated', { mod: 'END' }],
  ['From January 2 to 5, protests spread.', 'From January 2 to 5', '2022-01-02', '2022-01-05', 'day', 'publication'],
  ['Protests ran January 2-5, 2022.', 'January 2-5, 2022', '2022-01-02', '2022-01-05', 'day', 'stated'],
  ['Between Jan 2 and Jan 5 protests spread.', 'Between Jan 2 and Jan 5', '2022-01-02', '2022-01-05', 'day', 'publication'],
  ['Prices rose last month.', 'last month', '2021-12', null, 'month', 'publication'],
  ['Elections are due next year.', 'next year', '2023', null, 'year', 'publication', { future: true }],
  ['Shops closed on Christmas Eve.', 'Christmas Eve', '2021-12-24', null, 'day', 'publication'],
  ['The order holds until January 19.', 'until January 19', '2022-01-19', null, 'day', 'publication', { future: true }],
  ['The same day he left.', 'The same day', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['The next day he left.', 'The next day', '2022-01-10', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Tuesday, January 11, 2022 was calm.', 'January 11, 2022', '2022-01-11', null, 'day', 'stated'],
];

const refValue = (start: string): DateValue => ({ start, precision: 'day' });

describe('findDates (English)', () => {
  it.each(ROWS)('%s → %s', (sentence, text, start, end, precision, rule, extra) => {
    const ctx = { published: new Date(extra?.pub ?? PUBLISHED), reference: extra?.ref ? refValue(extra.ref) : null };
    const mentions = findDates(sentence, ctx);
    expect(mentions.map((m) => m.text)).toEqual([text]);
    const [mention] = mentions;
    expect(mention!.value.start).toBe(start);
    expect(mention!.value.end).toBe(end ?? undefined);
    expect(mention!.value.precision).toBe(precision);
    expect(mention!.rule).toBe(rule);
    expect(mention!.value.mod).toBe(extra?.mod);
    expect(mention!.value.future).toBe(extra?.future);
  });

  it.each(['May we go?', 'They march on.', '2300 troops arrived.', 'It was a new year of hope.', 'In 2300 cases the army fired.', 'The same day he left.'])(
    '%s → nothing',
    (sentence) => {
      expect(findDates(sentence, { published: new Date(PUBLISHED), reference: null })).toEqual([]);
    },
  );
});

describe('English holidays', () => {
  // Written as news writes them: New Year's Day, Mid-Autumn Festival.
  const titleCase = (name: string) => name.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, first: string) => before + first.toUpperCase());
  it.each(Object.keys(EN_HOLIDAYS).map(titleCase))('finds “%s” in a sentence', (name) => {
    const mentions = findDates(`Crowds gathered on ${name} in the capital.`, { published: new Date(PUBLISHED), reference: null });
    expect(mentions.map((m) => m.text)).toContain(name);
  });
});
