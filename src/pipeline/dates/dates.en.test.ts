/**
 * English date expressions, one row each. Expected values worked out by hand:
 * publication 2022-01-11 (a Tuesday; that week Mon 01-10 to Sun 01-16, the
 * week before 01-03 to 01-09); 2022-09-05 is a Monday in September.
 */
import { describe, expect, it } from 'vitest';
import type { DateValue, Precision, TimexMod } from '../../lib/schema.ts';
import type { DateContext } from '../types.ts';
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
  // "is due to" + a verb: a plan still standing; past tenses and "due to" + a cause are no cue
  ['The court is due to rule on January 14.', 'January 14', '2022-01-14', null, 'day', 'publication', { future: true }],
  ['Talks are due to begin on Monday.', 'Monday', '2022-01-17', null, 'day', 'publication', { future: true }],
  ['The council, which must approve the law, is due to rule on January 8.', 'January 8', '2023-01-08', null, 'day', 'publication', { future: true }],
  ['The truce had been due to take effect on Sunday.', 'Sunday', '2022-01-09', null, 'day', 'publication'],
  ['He was due to leave on Monday.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  ['The delay is due to the strike on Monday.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  ['The same day he left.', 'The same day', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['The next day he left.', 'The next day', '2022-01-10', null, 'day', 'anchored', { ref: '2022-01-09' }],
  // a weekday before its date is part of it, and picks the year when none is given (13 January 2022 is a Thursday)
  ['Tuesday, January 11, 2022 was calm.', 'Tuesday, January 11, 2022', '2022-01-11', null, 'day', 'stated'],
  ['Results are due by Friday 14 January.', 'Friday 14 January', '2022-01-14', null, 'day', 'publication', { future: true }],
  ['The vote is on Thursday 13 January.', 'Thursday 13 January', '2022-01-13', null, 'day', 'publication', { future: true }],
  ['He left on Wednesday 13 January.', 'Wednesday 13 January', '2021-01-13', null, 'day', 'publication'],
  // late one day and early the next: one stretch
  ['Drones were launched late Saturday and early Sunday.', 'late Saturday and early Sunday', '2022-01-08', '2022-01-09', 'day', 'publication'],
  // some day still to come, which one unsaid
  ['The council could act in the coming days.', 'in the coming days', '2022-01-12', null, 'day', 'publication', { mod: 'AFTER', future: true }],
  ['Talks resume in the days ahead.', 'in the days ahead', '2022-01-12', null, 'day', 'publication', { mod: 'AFTER', future: true }],
  // a weekday counted from the day last given (2021-09-23 is a Thursday)
  ['The pound plunged the following Monday.', 'the following Monday', '2021-09-27', null, 'day', 'anchored', { ref: '2021-09-23' }],
  ['They had met the previous Friday.', 'the previous Friday', '2021-09-17', null, 'day', 'anchored', { ref: '2021-09-23' }],
  // a part of the day last given is that day, like "that day"; "the next morning" the day after it
  ['That afternoon, troops seized the power plant.', 'That afternoon', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['That morning he resigned.', 'That morning', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Police fired tear gas that evening.', 'that evening', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['That night, crowds gathered again.', 'That night', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['The next morning he left.', 'The next morning', '2022-01-10', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['The previous evening he had met the envoy.', 'The previous evening', '2022-01-08', null, 'day', 'anchored', { ref: '2022-01-09' }],
  // "overnight" with no day given in its sentence is the night before publication (Tue 01-11: the night
  // of Mon 01-10), like "last night", whatever day an earlier sentence told of; after a day its sentence
  // gave, the night after that day (below)
  ['Overnight, rebels shelled the city.', 'Overnight', '2022-01-10', null, 'day', 'publication'],
  ['He signed a mobilisation decree overnight.', 'overnight', '2022-01-10', null, 'day', 'publication'],
  ['Overnight, rebels shelled the city.', 'Overnight', '2022-01-10', null, 'day', 'publication', { ref: '2022-01-06' }],
  ['The building was hit by a suspected arson attack overnight, its staff said.', 'overnight', '2022-01-10', null, 'day', 'publication', { ref: '2022-01-06' }],
  ['He spoke in a video address last night.', 'last night', '2022-01-10', null, 'day', 'publication'],
  // "N days/weeks later|earlier" counts from the date last given, like "the next day"
  ['Two days later, the general declared himself head of state.', 'Two days later', '2022-01-11', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['A day later he resigned.', 'A day later', '2022-01-10', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Three weeks earlier, he had met the president.', 'Three weeks earlier', '2021-12-19', null, 'day', 'anchored', { ref: '2022-01-09' }],
  // hours or minutes on is still that day; "days later" some days after it, how many unsaid
  ['Hours later, the army chief announced an interim government.', 'Hours later', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Moments later, shots rang out.', 'Moments later', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['A few minutes later, police fired tear gas.', 'A few minutes later', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Two hours later, he resigned.', 'Two hours later', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['48 hours later, he resigned.', '48 hours later', '2022-01-11', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Days later, he resigned.', 'Days later', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09', mod: 'AFTER' }],
  // the publication week (Mon 01-10 to Sun 01-16), split at publication day (Tue 01-11)
  ['Factories are expected to reopen later this week.', 'later this week', '2022-01-12', '2022-01-16', 'day', 'publication', { future: true }],
  ['He met the envoy earlier this week.', 'earlier this week', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['Protests grew this week.', 'this week', '2022-01-10', '2022-01-11', 'day', 'publication'],
  ['Protests grew this week.', 'this week', '2022-01-10', '2022-01-15', 'day', 'publication', { pub: '2022-01-15T10:00:00Z' }],
  // what is left of the month or year after publication (Tue 01-11) points ahead; "earlier this month" stays the month
  ['Sanctions could be announced later this month.', 'later this month', '2022-01-12', '2022-01-31', 'day', 'publication', { future: true }],
  ['Elections are due later this year.', 'later this year', '2022-01-12', '2022-12-31', 'day', 'publication', { future: true }],
  ['Local media reported earlier this month that he planned to resign.', 'earlier this month', '2022-01', null, 'month', 'publication'],
  // a part of the day last given, like "that afternoon"
  ['Earlier in the day, the minister told reporters the launch was unacceptable.', 'Earlier in the day', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Later in the day, police cleared the square.', 'Later in the day', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Air forces staged a combined drill in the afternoon, the JCS said.', 'in the afternoon', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['In the early morning, troops moved in.', 'In the early morning', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  ['Late in the evening, shots rang out.', 'Late in the evening', '2022-01-09', null, 'day', 'anchored', { ref: '2022-01-09' }],
  // early/late qualify the day without changing it (Wednesday 2022-01-05, Monday 01-10)
  ['Late Wednesday, soldiers appeared on television.', 'Late Wednesday', '2022-01-05', null, 'day', 'publication', { mod: 'END' }],
  ['Early Monday, troops moved in.', 'Early Monday', '2022-01-10', null, 'day', 'publication', { mod: 'START' }],
  // a range still running after publication (the 5th) points ahead
  ['Drills run from August 4 to 7.', 'from August 4 to 7', '2022-08-04', '2022-08-07', 'day', 'publication', { pub: '2022-08-05T06:30:00Z', future: true }],
  ['Drills ran from August 2 to 4.', 'from August 2 to 4', '2022-08-02', '2022-08-04', 'day', 'publication', { pub: '2022-08-05T06:30:00Z' }],
  // an abbreviated month's dot does not cut the day off after a preposition
  ['Each defendant has 28 days to appeal, until Dec. 17.', 'until Dec. 17', '2022-12-17', null, 'day', 'publication', { future: true }],
  ['They have been held since Jan. 5, 2021.', 'since Jan. 5, 2021', '2021-01-05', '2022-01-11', 'day', 'publication'],
  ['Talks stalled after Aug. 6.', 'after Aug. 6', '2021-08-06', null, 'day', 'publication', { mod: 'AFTER' }],
  ['The deadline passed on Sept. 30.', 'Sept. 30', '2021-09-30', null, 'day', 'publication'],
  // two days joined by "and": with the year after them, or "between" before
  ['The primary, held on July 11 and 12, 2020, drew 600,000 voters.', 'July 11 and 12, 2020', '2020-07-11', '2020-07-12', 'day', 'stated'],
  ['Between Jan. 3 and 5 protests spread.', 'Between Jan. 3 and 5', '2022-01-03', '2022-01-05', 'day', 'publication'],
  ['On Jan. 3 and 5 others joined.', 'Jan. 3', '2022-01-03', null, 'day', 'publication'],
  // a month or year counted from the one last given
  ['Prosecutors appealed the following month.', 'the following month', '2021-06', null, 'month', 'anchored', { ref: '2021-05-20' }],
  ['A month later, he resigned.', 'A month later', '2021-06', null, 'month', 'anchored', { ref: '2021-05-20' }],
  ['He returned the same year.', 'the same year', '2021', null, 'year', 'anchored', { ref: '2021-05-20' }],
  ['Two years later, he died.', 'Two years later', '2020', null, 'year', 'anchored', { ref: '2018-05-20' }],
  ['They were charged in late February that year.', 'late February that year', '2021-02', null, 'month', 'anchored', { ref: '2021-05-20', mod: 'END' }],
  // a month after a possessive is still the month; a weekday with its part of the day is one expression
  ['In their May verdict, the judges ruled.', 'May', '2021-05', null, 'month', 'publication'],
  ['Police stood guard on Tuesday morning.', 'Tuesday morning', '2022-01-11', null, 'day', 'publication'],
  // "later on" the publication day, with a cue: still to come that day
  ['Trump, who will be sworn in later on Tuesday, claimed credit.', 'Tuesday', '2022-01-11', null, 'day', 'publication', { future: true }],
  ['He will speak later today.', 'today', '2022-01-11', null, 'day', 'publication', { future: true }],
  ['He spoke later on Tuesday.', 'Tuesday', '2022-01-11', null, 'day', 'publication'],
  // "by" a day: a deadline still to come, unless the sentence looks back from it
  ['The ministry ordered units to sign contracts by January 15.', 'January 15', '2022-01-15', null, 'day', 'publication', { future: true }],
  ['Troops were told to leave by Friday.', 'Friday', '2022-01-14', null, 'day', 'publication', { future: true }],
  ['By Monday the rebels had withdrawn.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  ['By Monday, the rebels had withdrawn.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  ['The rebels had agreed to leave by Monday.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  ['Units must sign contracts by January 15, a demand he had refused.', 'January 15', '2022-01-15', null, 'day', 'publication', { future: true }],
  ['The bill was signed by officials on Monday.', 'Monday', '2022-01-10', null, 'day', 'publication'],
  // With no order, plan or must in its clause, "by" a day is when a count stood.
  ['The toll rose through the day, reaching 133 by Saturday evening.', 'Saturday evening', '2022-01-08', null, 'day', 'publication'],
  ['By Sunday morning, the toll stood at 137.', 'Sunday morning', '2022-01-09', null, 'day', 'publication'],
  ['The government promised to hold elections by March 1.', 'March 1', '2022-03-01', null, 'day', 'publication', { future: true }],
  // Published Sat 2022-09-10 (15:00 UTC): a bare weekday is the coming one when the verb points ahead, the last one
  // when it looks back; "the following day" counts from a day ahead and stays ahead. Checked with date -u -d.
  ["On Sunday, the coffin will leave the castle.", 'Sunday', '2022-09-11', null, 'day', 'publication', { pub: '2022-09-10T15:00:00Z', future: true }],
  ['She had been appointed by the Queen on Tuesday.', 'Tuesday', '2022-09-06', null, 'day', 'publication', { pub: '2022-09-10T15:00:00Z' }],
  ['On Tuesday, the coffin will be flown to London.', 'Tuesday', '2022-09-13', null, 'day', 'publication', { pub: '2022-09-10T15:00:00Z', future: true }],
  ['From Wednesday 14 September, the Queen will lie in state.', 'Wednesday 14 September', '2022-09-14', null, 'day', 'publication', { pub: '2022-09-10T15:00:00Z', future: true }],
  ['The King will visit Wales next week.', 'next week', '2022-09-12', '2022-09-18', 'day', 'publication', { pub: '2022-09-10T15:00:00Z', future: true }],
  ['The council met at 10:00 BST on Saturday.', 'Saturday', '2022-09-10', null, 'day', 'publication', { pub: '2022-09-10T15:00:00Z' }],
  ['She was crowned on 2 June 1953, 16 months after she came to the throne.', '2 June 1953', '1953-06-02', null, 'day', 'stated', { pub: '2022-09-10T15:00:00Z' }],
  ['In September 2015, she overtook Victoria.', 'September 2015', '2015-09', null, 'month', 'stated', { pub: '2022-09-10T15:00:00Z' }],
  ['The following day, it will be carried along the Royal Mile.', 'The following day', '2022-09-12', null, 'day', 'anchored', { pub: '2022-09-10T15:00:00Z', ref: '2022-09-11', future: true }],
  ['An hour later, the herald read the proclamation.', 'An hour later', '2022-09-10', null, 'day', 'anchored', { pub: '2022-09-10T15:00:00Z', ref: '2022-09-10' }],
  ['Earlier that day, salutes were fired in the park.', 'that day', '2022-09-09', null, 'day', 'anchored', { pub: '2022-09-10T15:00:00Z', ref: '2022-09-09' }],
  ['The next day, the Queen postponed a meeting.', 'The next day', '2022-09-07', null, 'day', 'anchored', { pub: '2022-09-10T15:00:00Z', ref: '2022-09-06' }],
  // Published Sun 2024-07-14 (14:30 UTC): AP's clock before the weekday; a present schedule verb before a bare
  // weekday is the coming day ("opens on Monday"), its past the last one.
  ['The shots rang out at about 6:11 p.m. Saturday.', 'Saturday', '2024-07-13', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z' }],
  ['He told reporters late Saturday that the FBI would lead.', 'late Saturday', '2024-07-13', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z', mod: 'END' }],
  ['The FBI identified the gunman early Sunday as Crooks.', 'early Sunday', '2024-07-14', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z', mod: 'START' }],
  ['The hearing is set for July 22.', 'July 22', '2024-07-22', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z', future: true }],
  ['The convention opens on Monday in Milwaukee.', 'Monday', '2024-07-15', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z', future: true }],
  ['The trial begins Tuesday in Manhattan.', 'Tuesday', '2024-07-16', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z', future: true }],
  ['The convention opened on Monday in Milwaukee.', 'Monday', '2024-07-08', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z' }],
  ['Biden says on Monday the talks failed.', 'Monday', '2024-07-08', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z' }],
  ['He is scheduled to speak in a speech Thursday night.', 'Thursday night', '2024-07-18', null, 'day', 'publication', { pub: '2024-07-14T14:30:00Z', future: true }],
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

  it.each([
    // the day declared (the object of declaring) dates nothing: the declaring keeps its own or the carried day
    'He declared Sunday a day of national mourning.', 'Mayor Sobyanin urged residents to stay home, declaring Monday a non-working day.',
    'The government made Friday a public holiday.', 'Parliament named 5 June as a national day of remembrance.',
    'May we go?', 'They march on.', '2300 troops arrived.', 'It was a new year of hope.', 'In 2300 cases the army fired.',
    'The same day he left.', 'That afternoon, troops seized the plant.', 'The government imposed an overnight curfew.',
    'Earlier in the day, he spoke.', 'Troops moved in in the afternoon.',
    // yardsticks, and a month or year with none given before to count from
    'Exports rose 5% from a year earlier.', 'Prices were higher than a year earlier.', 'That year he resigned.',
  ])(
    '%s → nothing',
    (sentence) => {
      expect(findDates(sentence, { published: new Date(PUBLISHED), reference: null })).toEqual([]);
    },
  );
});

describe('findDates (English): a day declared', () => {
  // The declaring's own day stays; only the day declared goes (PUBLISHED is Tue 2022-01-11).
  it.each([
    ['Sobyanin declared a counter-terrorist regime on Saturday, declaring Monday a non-working day.', ['Saturday']],
    ['He declared Sunday a day of national mourning.', []],
    // not declared as a day: a date that dates the declaring
    ['He declared on Sunday a state of emergency.', ['Sunday']],
    ['They made Friday their deadline.', ['Friday']],
  ])('%s', (sentence, kept) => {
    expect(findDates(sentence, { published: new Date(PUBLISHED), reference: null }).map((m) => m.text)).toEqual(kept);
  });
});

describe('findDates (English): a night in a sentence that gives its day', () => {
  // Thursday 2022-01-06 before publication (Tue 01-11): the night after it is still that day.
  it('dates “overnight” from the day said before it', () => {
    const mentions = findDates('He declared martial law on Thursday, and overnight he signed a decree.', {
      published: new Date(PUBLISHED),
      reference: null,
    });
    expect(mentions.map((m) => [m.text, m.value.start, m.rule])).toEqual([
      ['Thursday', '2022-01-06', 'publication'],
      ['overnight', '2022-01-06', 'anchored'],
    ]);
  });
});

describe('findDates (English): open “since” ranges', () => {
  // The sentence before gave Sunday 2022-01-09 (ref); publication is Tue 2022-01-11.
  // A perfect, or no verb to tell, runs on to publication; a simple past stops at the day last given.
  type SinceRow = [sentence: string, text: string, start: string, end: string];
  it.each<SinceRow>([
    ['Separatists have fought government forces in the Donbas since 2014.', 'since 2014', '2014', '2022-01-11'],
    ['Since 2014, separatists have fought government forces.', 'Since 2014', '2014', '2022-01-11'],
    ['Bazoum has been held in his residence since July 26.', 'since July 26', '2021-07-26', '2022-01-11'],
    ['She had governed since 2009 and won a fourth term.', 'since 2009', '2009', '2022-01-11'],
    ['Niger’s fourth coup since 1960.', 'since 1960', '1960', '2022-01-11'],
    ['The leader was kept in a villa since December 20.', 'since December 20', '2021-12-20', '2022-01-09'],
  ])('%s → %s … %s', (sentence, text, start, end) => {
    const mentions = findDates(sentence, { published: new Date(PUBLISHED), reference: refValue('2022-01-09') });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end])).toEqual([[text, start, end]]);
  });

  it('ends at a later date of the same sentence, whatever the verb', () => {
    const mentions = findDates('On January 9, officials said 300 people had been killed since January 2.', {
      published: new Date(PUBLISHED),
      reference: null,
    });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end])).toEqual([
      ['January 9', '2022-01-09', undefined],
      ['since January 2', '2022-01-02', '2022-01-09'],
    ]);
  });
});

describe('findDates (English): parts of a day that are no date of their own', () => {
  // Sunday 2022-01-09 given before: none of these is a part of it.
  it.each([
    'Schools open in the mornings.',
    'It is late in the day to change course.',
    'Troops moved in before dawn in the morning of January 3.',
  ])('%s → no anchored mention', (sentence) => {
    const mentions = findDates(sentence, { published: new Date(PUBLISHED), reference: refValue('2022-01-09') });
    expect(mentions.filter((m) => m.rule === 'anchored')).toEqual([]);
  });
});

describe('findDates (English): “, a day after …” counted back from the day just given', () => {
  // Publication Tue 2022-01-11; Friday is 2022-01-07. What follows "a day after" came a day before Friday.
  const ctx = () => ({ published: new Date(PUBLISHED), reference: refValue('2022-01-09') });
  type GapRow = [sentence: string, expected: [text: string, start: string][]];
  it.each<GapRow>([
    ['The North fired an ICBM on Friday, the military said, a day after it launched a short-range missile.',
      [['Friday', '2022-01-07'], ['a day after', '2022-01-06']]],
    ['Troops withdrew on January 5, two days after the ceasefire took hold.', [['January 5', '2022-01-05'], ['two days after', '2022-01-03']]],
    ['Talks opened on Friday, a day before the deadline expired.', [['Friday', '2022-01-07'], ['a day before', '2022-01-08']]],
    ['Thousands marched on Monday, a week after the vote.', [['Monday', '2022-01-10'], ['a week after', '2022-01-03']]],
    // not closing the sentence: what follows the comma is Monday's
    ['On Monday, a day after the vote, protesters marched.', [['Monday', '2022-01-10']]],
    // no day before it in the sentence: nothing of its own to count from
    ['A day after the vote, protesters marched.', []],
    ['Protests spread in December, a day after the vote.', [['December', '2021-12']]],
    ['A coup attempt was foiled, two days before he was sworn in.', []],
  ])('%s', (sentence, expected) => {
    expect(findDates(sentence, ctx()).map((m) => [m.text, m.value.start])).toEqual(expected);
  });

  it('marks the counted day anchored to the day given', () => {
    const [, gap] = findDates('The North fired an ICBM on Friday, a day after it launched a missile.', ctx());
    expect([gap!.rule, gap!.anchor]).toEqual(['anchored', '2022-01-07']);
  });
});

describe('findDates (English): counts that name no date', () => {
  // With a date to count from, these still give none: the clause or comparison is the anchor, not a date.
  it.each(['A coup attempt was foiled two days before he was sworn in.', 'The plane landed two days later than planned.'])('%s → nothing', (sentence) => {
    expect(findDates(sentence, { published: new Date(PUBLISHED), reference: refValue('2022-01-09') })).toEqual([]);
  });

  it.each(['Two days later, he resigned.', 'Hours later, he resigned.'])('leaves “%s” undated with nothing to count from', (sentence) => {
    expect(findDates(sentence, { published: new Date(PUBLISHED), reference: null })).toEqual([]);
  });
});

describe('English holidays', () => {
  // Written as news writes them: New Year's Day, Mid-Autumn Festival.
  const titleCase = (name: string) => name.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, first: string) => before + first.toUpperCase());
  it.each(Object.keys(EN_HOLIDAYS).map(titleCase))('finds “%s” in a sentence', (name) => {
    const mentions = findDates(`Crowds gathered on ${name} in the capital.`, { published: new Date(PUBLISHED), reference: null });
    expect(mentions.map((m) => m.text)).toContain(name);
  });

  it.each([
    ["Kishida is scheduled to hold his New Year's press conference on Thursday.", ['Thursday']],
    ["The king's New Year's address was broadcast on Monday.", ['Monday']],
    // The day itself, possessive or not, is still a date.
    ["Unrest since New Year's Day killed 164.", ["since New Year's Day"]],
  ])('a holiday that names a thing (%s) is no date', (sentence, texts) => {
    expect(findDates(sentence, { published: new Date(PUBLISHED), reference: null }).map((m) => m.text)).toEqual(texts);
  });
});

describe('findDates (English): clauses a future cue does not reach', () => {
  // Publication Tue 2022-01-11: a Sunday looked back on is 01-09, looked ahead to 01-16.
  it.each([
    ['The truce was due at 8:30am on Sunday, but he ordered troops to keep fighting until Hamas handed over the names.', '2022-01-09'],
    ['Troops fought on Sunday until the rebels withdrew.', '2022-01-09'],
    ['Troops will fight on Sunday until a deal is reached.', '2022-01-16'],
    ['Fighting goes on until a deal is reached, on Sunday or later.', '2022-01-16'],
    ['The truce began on Sunday, but talks will resume soon.', '2022-01-09'],
    // a past verb heads the clause; the will/would after it is another clause's, or a speaker's
    ['He resigned on Sunday after 45 days, leaving the party a contest that will finish within a week.', '2022-01-09'],
    ['On Sunday, the minister reversed the cuts, saying the government would do whatever is necessary.', '2022-01-09'],
    ['Talks opened on Sunday in a format which will be kept.', '2022-01-09'],
    ['On Sunday, the delayed vote will take place.', '2022-01-16'],
    ['On Sunday, US-backed forces will attack.', '2022-01-16'],
    ['Talks on Sunday would decide it, officials believe.', '2022-01-16'],
  ])('%s → Sunday %s', (sentence, start) => {
    const [sunday] = findDates(sentence, { published: new Date(PUBLISHED), reference: null });
    expect(sunday!.value.start).toBe(start);
  });
});

describe('findDates (English): a time-zone conversion in brackets', () => {
  // Its day restates the same moment elsewhere: not the clause's date, nor one to count from.
  it('leaves the bracketed day out', () => {
    const sentence = 'Buses left the prison shortly after 1am local time (23:00 GMT on Sunday), hours later.';
    expect(findDates(sentence, { published: new Date(PUBLISHED), reference: refValue('2022-01-10') }).map((m) => [m.text, m.value.start]))
      .toEqual([['hours later', '2022-01-10']]);
  });

  it('keeps a day after the bracket', () => {
    const mentions = findDates('The truce was due at 8:30am (06:30 GMT) on Sunday.', { published: new Date(PUBLISHED), reference: null });
    expect(mentions.map((m) => [m.text, m.value.start])).toEqual([['Sunday', '2022-01-09']]);
  });
});

describe('findDates (English): a weekday with no day to count from', () => {
  it('leaves "the following Monday" undated', () => {
    expect(findDates('The pound plunged the following Monday.', { published: new Date(PUBLISHED), reference: null })).toEqual([]);
  });
});

describe('an anchor after a stretch that runs up to publication', () => {
  // "held since January 5" runs to publication (01-11): its next day is the 6th, not the 12th
  it.each([
    ['The next day he spoke.', { start: '2022-01-05', end: '2022-01-11', precision: 'day' }, '2022-01-06'],
    ['The next day he spoke.', { start: '2022-01-05', end: '2022-01-08', precision: 'day' }, '2022-01-09'],
    ['The same day he spoke.', { start: '2022-01-05', end: '2022-01-11', precision: 'day' }, '2022-01-05'],
  ] as const)('%s after %j → %s', (sentence, reference, day) => {
    const [mention] = findDates(sentence, { published: new Date(PUBLISHED), reference: reference as DateValue });
    expect(mention!.value.start).toBe(day);
  });
});

describe('live-blog time stamps', () => {
  // Published Thursday 2024-06-27 04:00 UTC (midnight in La Paz, UTC−4). The stamp is the latest such
  // moment on or before publication, dated by its LOCAL day (the GMT in brackets gives the offset).
  const pub = { published: new Date('2024-06-27T04:00:00Z'), reference: null };
  it.each([
    ['11:50pm local time (03:50 GMT) Lanchipa says his office has opened an investigation.', '11:50pm local time', '2024-06-26'],
    ['8:15pm local time (00:15 GMT) Zúñiga has been arrested.', '8:15pm local time', '2024-06-26'],
    ['6:30pm local time (22:30 GMT) The soldiers have pulled back.', '6:30pm local time', '2024-06-26'],
    // A GMT stamp alone is read in GMT: 03:30 GMT on the 27th is before publication.
    ['03:30 GMT Troops have left the square.', '03:30 GMT', '2024-06-27'],
    // 18:30 GMT is not yet reached on the 27th: the 26th.
    ['18:30 GMT Troops have left the square.', '18:30 GMT', '2024-06-26'],
    // East of GMT: 1am in Gaza (UTC+2) is 23:00 GMT the day before; local day is the publication day.
    ['1am local time (23:00 GMT) Buses left the prison.', '1am local time', '2024-06-27'],
  ])('%s → %s = %s', (sentence, text, day) => {
    const mentions = findDates(sentence, pub);
    expect(mentions.map((m) => [m.text, m.value.start, m.rule])).toEqual([[text, day, 'publication']]);
  });

  it('yields to the day the entry names in words', () => {
    const mentions = findDates('3:25pm local time (19:25 GMT) Soldiers gathered in Plaza Murillo on Wednesday afternoon.', pub);
    expect(mentions.map((m) => [m.text, m.value.start])).toEqual([['Wednesday afternoon', '2024-06-26']]);
  });

  it.each([
    // A clock inside the sentence is no stamp (the Gaza fixture).
    'Buses left Ofer prison shortly after 1am local time (23:00 GMT on Sunday).',
    'At 11pm the crowd had gone.',
  ])('%s → no stamp', (sentence) => {
    expect(findDates(sentence, pub).filter((m) => /local time|GMT/.test(m.text))).toEqual([]);
  });
});

describe('dates that date nothing, and days ahead', () => {
  const pub = { published: new Date('2024-06-27T04:00:00Z'), reference: null };
  it('a bare weekday with a future cue on publication day is still to come', () => {
    const [m] = findDates('Prosecutors will formally charge Zúñiga with terrorism on Thursday, Lanchipa told reporters.', pub);
    expect([m!.text, m!.value.start, m!.value.future]).toEqual(['Thursday', '2024-06-27', true]);
  });
  it('a weekday after a verb of saying is the saying\'s, whatever is promised after it', () => {
    const [m] = findDates('A lawyer for Chow said Thursday that his client will appeal.', pub);
    expect([m!.text, m!.value.start, m!.value.future]).toEqual(['Thursday', '2024-06-27', undefined]);
  });
  it.each([
    // A present perfect counted since a dated clause: an open range from the year to publication.
    ['Bolivia has seen some 190 coups and attempted coups since it won independence from Spain in 1825.', [['since it won independence from Spain in 1825', '1825', '2024-06-27', 'publication']]],
    // A past perfect or no perfect: the year stays the clause's own.
    ['He cited the motions it had filed since he took office in May 2022.', [['May 2022', '2022-05', undefined, 'stated']]],
    ['The mutiny was the gravest challenge to Putin since he came to power in 1999.', [['1999', '1999', undefined, 'stated']]],
    // A year before 1900 counts after in/since only.
    ['The country won independence in 1825.', [['1825', '1825', undefined, 'stated']]],
    ['The army sent 1825 troops.', []],
  ] as const)('%s', (sentence, expected) => {
    expect(findDates(sentence, pub).map((m) => [m.text, m.value.start, m.value.end, m.rule])).toEqual(expected);
  });
  it.each([
    // A relative clause closing a sentence of someone's words dates that person's past, not the saying.
    ['Zúñiga said he would free political prisoners, among them Jeanine Áñez, who was sentenced to 10 years in prison in June 2022.', []],
    // Without a saying, or with the date outside the clause, it stays.
    ['Police arrested Jeanine Áñez, who was sentenced in June 2022.', ['June 2022']],
    ['Zúñiga said in June 2022 that he would free Áñez, who was sentenced.', ['June 2022']],
    // Beside a day of the saying, the clause keeps its own date (its own event: the conviction of 2018).
    ['His office said late Monday that he had ordered the release of Khaleda Zia, who was convicted on corruption charges in 2018.', ['late Monday', '2018']],
  ] as const)('%s', (sentence, texts) => {
    expect(findDates(sentence, pub).map((m) => m.text)).toEqual(texts);
  });
});

describe('days ahead told in the present, spans since, a quoted today', () => {
  // Publication Thursday 2024-05-16 12:00 UTC: Friday ahead is 05-17, back 05-10; the last December 2023-12.
  const pub: DateContext = { published: new Date('2024-05-16T12:00:00Z'), reference: null };
  const shown = (sentence: string, ctx: DateContext = pub) => findDates(sentence, ctx).map((m) => [m.text, m.value.start, m.value.future ?? false]);
  it.each([
    // A present likelihood and a present schedule point ahead.
    ['Doctors are likely to operate on him again as early as Friday, Lapunikova said.', [['Friday', '2024-05-17', true]]],
    ['Her resignation takes effect Friday.', [['Friday', '2024-05-17', true]]],
    // Past tense: the Friday gone.
    ['Doctors operated on him again on Friday.', [['Friday', '2024-05-10', false]]],
    // A yearless day in a sentence wholly in the present, or in a relative clause in the present, over a month back
    // read as past, is the coming one (a schedule).
    ['Slovaks vote in the European Parliament election on June 8.', [['June 8', '2024-06-08', true]]],
    ['Pellegrini, who takes office June 15, made a joint appeal for calm on Thursday.', [['June 15', '2024-06-15', true], ['Thursday', '2024-05-16', false]]],
    // Within a month back, or in the past tense, or told as ago, it stays past.
    ['Protesters gather in Bratislava on May 10.', [['May 10', '2024-05-10', false]]],
    ['Slovaks voted in the European election on June 8.', [['June 8', '2023-06-08', false]]],
    ['Pellegrini, who took office June 15, made an appeal on Thursday.', [['June 15', '2023-06-15', false], ['Thursday', '2024-05-16', false]]],
    // A span since a month runs up to publication, whatever plan the sentence names before it.
    ['His government’s plans to overhaul public radio have drawn tens of thousands of protesters into the streets since December.', [['since December', '2023-12', false]]],
  ] as const)('%s', (sentence, expected) => {
    expect(shown(sentence)).toEqual(expected);
  });

  // Published Thursday 2021-01-07; the story has reached Wednesday 2021-01-06.
  const wednesday = { published: new Date('2021-01-07T17:00:00Z'), reference: { start: '2021-01-06', precision: 'day' } as DateValue };
  it.each([
    // The speaker's today is the day the story reached: it dates nothing of its own.
    ['“To those who wreaked havoc in our Capitol today, you did not win,” Pence said as he reopened the Senate.', wednesday, []],
    // Outside a quotation, or with the story on publication day, today is publication's.
    ['Pence reopened the Senate today.', wednesday, [['today', '2021-01-07', false]]],
    ['“We reopened the Senate today,” Pence said.', { published: wednesday.published, reference: { start: '2021-01-07', precision: 'day' } as DateValue }, [['today', '2021-01-07', false]]],
    // A quoted yesterday still counts from publication (the Bangladesh fixture's “She arrived yesterday evening”).
    ['“She arrived yesterday in Delhi,” he said.', wednesday, [['yesterday', '2021-01-06', false]]],
  ] as const)('%s', (sentence, ctx, expected) => {
    expect(shown(sentence, ctx)).toEqual(expected);
  });
});

describe('findDates (English): the end of a stretch (until, through)', () => {
  // PUBLISHED is Tuesday 2022-01-11: Monday before is 01-10, the coming one 01-17.
  const shown = (sentence: string, published = PUBLISHED) =>
    findDates(sentence, { published: new Date(published), reference: null }).map((m) => [m.text, m.value.start, m.value.end ?? null, m.value.future ?? false]);
  it.each([
    // A stretch still told, or still to come, ends ahead.
    ['The curfew holds through March 31.', [['through March 31', '2022-03-31', null, true]]],
    ['Schools will remain closed until Monday.', [['until Monday', '2022-01-17', null, true]]],
    ['The ministry said schools would remain closed until Monday.', [['until Monday', '2022-01-17', null, true]]],
    // A stretch told as over ended on the latest such day (not a year on, nor next week).
    ['Fighting in the city continued until Jan. 3, officials said.', [['until Jan. 3', '2022-01-03', null, false]]],
    ['Protesters stayed in the square until Monday.', [['until Monday', '2022-01-10', null, false]]],
    // "From … through …" is one range.
    ['Protests ran from Jan. 3 through Jan. 5.', [['from Jan. 3 through Jan. 5', '2022-01-03', '2022-01-05', false]]],
    // The end a past act set is what was set, not when: it dates nothing (the Capitol fixture's extension,
    // which read "Jan. 21" as 21 January of the year before).
    ['Bowser later extended the city’s public emergency by 15 days, through Jan. 21, the day after the inauguration.', [], '2021-01-07T17:00:00Z'],
    ['The government extended the state of emergency through March 31.', []],
    ['The court postponed the hearing until Feb. 2.', []],
    // …but the act's own day stays.
    ['On Monday the court postponed the hearing until Feb. 2.', [['Monday', '2022-01-10', null, false]]],
  ] as const)('%s', (sentence, expected, published?: string) => {
    expect(shown(sentence, published)).toEqual(expected);
  });

  it.each([
    // "The day after" counts from the day last given only when nothing follows to count from.
    ['The day after, troops left.', 1],
    ['Troops left the day after the inauguration.', 0],
    ['He resigned the day before his trial.', 0],
  ] as const)('%s → %i date(s) from the day given', (sentence, count) => {
    const ctx = { published: new Date(PUBLISHED), reference: refValue('2022-01-06') };
    expect(findDates(sentence, ctx).map((m) => m.value.start)).toEqual(count ? ['2022-01-07'] : []);
  });
});

describe('a month of a relative year, a reported future weekday, a relative clause’s span, a day said', () => {
  type R12 = [sentence: string, pub: string, ref: string | null, expected: [text: string, start: string, future: boolean][]];
  // Saturday 2023-08-12 (AP, Maui); Thursday 2023-05-11 (Dawn).
  const SAT = '2023-08-12T23:00:00Z';
  const THU = '2023-05-11T16:45:00Z';
  it.each<R12>([
    // "April last year" is one month of last year, not this April beside last year.
    ['He was removed through a no-confidence vote in April last year and was shot last November.', THU, null,
      [['April last year', '2022-04', false], ['last November', '2022-11', false]]],
    ['Protests began in March this year.', THU, null, [['March this year', '2023-03', false]]],
    // A reported will/would governing a bare weekday, the saying with no day of its own: the coming one.
    ['Green said he would return to Lahaina on Sunday with federal officials.', SAT, null, [['Sunday', '2023-08-13', true]]],
    // The saying's own day first: left alone.
    ['Green said Monday he would return to Lahaina on Sunday.', SAT, null, [['Monday', '2023-08-07', false], ['Sunday', '2023-08-06', false]]],
    // A week inside a past relative clause, the main clause's day after it: the day dates the sentence.
    ['The death toll from the wildfire that tore through the town this week rose to 89 on Saturday.', SAT, null, [['Saturday', '2023-08-12', false]]],
    ['Prices have risen this week.', SAT, null, [['this week', '2023-08-07', false]]],
    // A day opening what was said, as its subject, dates nothing.
    ['The military said May 9 would be remembered as a black chapter.', THU, '2023-05-10', []],
    ['He said Monday that talks would resume.', THU, null, [['Monday', '2023-05-08', false]]],
    // ", two days after …" counts from the clause's own day, not from a day an order sets. (The ordered Friday
    // is still read as the latest Friday, 05-05, rather than the coming 05-12: not yet handled.)
    ['The Supreme Court on Thursday declared the arrest unlawful and directed him to appear before the high court on Friday, two days after his detention set off protests.',
      THU, null, [['Thursday', '2023-05-11', false], ['Friday', '2023-05-05', false], ['two days after', '2023-05-09', false]]],
  ])('%s', (sentence, pub, reference, expected) => {
    const mentions = findDates(sentence, { published: new Date(pub), reference: reference ? refValue(reference) : null });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.future === true])).toEqual(expected);
  });
});

describe('a claimed stretch end, a should-have date, a standing call for a weekday', () => {
  type R13 = [sentence: string, pub: string, expected: [text: string, start: string, end: string | null, future: boolean][]];
  // Thursday 2021-07-08 (BBC, Haiti); Wednesday 2024-06-26 (Guardian, Kenya).
  const THU = '2021-07-08T21:30:00Z';
  const WED = '2024-06-26T17:30:00Z';
  it.each<R13>([
    // The end of a stretch inside a past claim is what was claimed: it dates nothing.
    ['Mr Moïse maintained that his term would run until February 2022, as he was sworn in a year late.', THU, []],
    ['The opposition insisted that the mandate would end until March 2022.', THU, []],
    // A stretch set by an act keeps its end ahead; a claim without until keeps its day.
    ['The curfew will remain until Friday.', THU, [['until Friday', '2021-07-09', null, true]]],
    ['He said he would visit on Friday.', THU, [['Friday', '2021-07-09', null, true]]],
    // When something should have happened is a claim, not a date of anything; the since-span stays.
    ['Opposition leaders have argued since February that his five-year term had expired, saying it should have begun in 2016, and his rule has been dogged by mass protests.', THU,
      [['since February', '2021-02', '2021-07-08', false]]],
    ['Critics said the vote should have been held in March.', THU, []],
    ['The vote was held in March.', THU, [['March', '2021-03', null, false]]],
    // A call standing now (have called for, are calling for) is for the coming weekday; a call told in the past is left alone.
    ['But many protesters dismissed the concession online, and organisers have called for further demonstrations on Thursday, with some urging supporters to march on State House.', WED,
      [['Thursday', '2024-06-27', null, true]]],
    ['Unions are calling for a general strike on Monday.', WED, [['Monday', '2024-07-01', null, true]]],
    ['The opposition called for protests on Monday.', WED, [['Monday', '2024-06-24', null, false]]],
  ])('%s', (sentence, pub, expected) => {
    const mentions = findDates(sentence, { published: new Date(pub), reference: null });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end ?? null, m.value.future === true])).toEqual(expected);
  });
});

describe('the weekend just past, a plan for a weekday, "next to", hours after, the end of the year ahead', () => {
  type R14 = [sentence: string, pub: string, expected: [text: string, start: string, end: string | null, future: boolean][]];
  // Monday 2024-08-05 (BBC, Southport); Monday 2023-03-20 06:15 UTC (Reuters, Credit Suisse); Saturday 2024-08-03.
  const MON = '2024-08-05T15:30:00Z';
  const MON23 = '2023-03-20T06:15:00Z';
  const SAT = '2024-08-03T12:00:00Z';
  it.each<R14>([
    // "Over the weekend" in a Monday paper: the weekend just past, a two-day range; told ahead, the coming one.
    ['Merseyside Police said 23 of its officers had been injured over the weekend.', MON, [['weekend', '2024-08-03', '2024-08-04', false]]],
    ['Shops were looted at the weekend.', MON, [['weekend', '2024-08-03', '2024-08-04', false]]],
    ['More protests will be held at the weekend.', MON, [['weekend', '2024-08-10', '2024-08-11', true]]],
    // Published on the weekend itself: that weekend, so far.
    ['Shops were looted over the weekend.', SAT, [['weekend', '2024-08-03', '2024-08-03', false]]],
    // After the sentence's own day, the weekend qualifies a thing named and dates nothing.
    ['Israel weighed its response Monday to the drone attack over the weekend.', MON, [['Monday', '2024-08-05', null, false]]],
    // "Planned for Wednesday" points ahead; a past plan to do something does not make a date ahead of itself.
    ['Police are preparing for protests planned for Wednesday.', MON, [['Wednesday', '2024-08-07', null, true]]],
    ['The party called off a rally that had been planned for Wednesday evening.', '2024-05-16T12:00:00Z', [['Wednesday evening', '2024-05-15', null, false]]],
    // A yearless day months after what is told is the coming one; days after, the one just gone.
    ['It came less than four months before the Nov. 5 election.', '2024-07-14T14:30:00Z', [['before the Nov. 5', '2024-11-05', null, true]]],
    ['Protesters clashed with police two days before the March 10 vote.', '2024-03-20T12:00:00Z', [['before the March 10', '2024-03-10', null, false]]],
    // "Next to a police station" is a place, no cue: a bare Friday in past narration is the last one.
    ['On Friday night, rioters set fire to a Citizens Advice office next to a police station.', MON, [['Friday night', '2024-08-02', null, false]]],
    ['The talks will be held next Friday.', MON, [['next Friday', '2024-08-09', null, true]]],
    // "Hours after …," opening a sentence counts from the day the text gave; with none given it dates nothing.
    ['Hours after the deal was announced, the Federal Reserve said it would boost liquidity.', MON23, []],
    // The end of the publication year, as a deadline ahead, is future; looked back on, it is not.
    ['The deal is expected to close by the end of 2023.', MON23, [['the end of 2023', '2023', null, true]]],
    ['Profits had fallen by the end of 2022.', MON23, [['the end of 2022', '2022', null, false]]],
    // A year a reported aim is to be met by is what was said.
    ['UBS said it aimed to cut annual costs by more than $8 billion by 2027.', MON23, []],
    ['UBS will cut costs by 2027.', MON23, [['2027', '2027', null, true]]],
  ])('%s', (sentence, pub, expected) => {
    const mentions = findDates(sentence, { published: new Date(pub), reference: null });
    expect(mentions.map((m) => [m.text, m.value.start, m.value.end ?? null, m.value.future === true])).toEqual(expected);
  });

  it('"Hours after" takes the day the text gave last', () => {
    const mentions = findDates('Hours after the deal was announced, the central banks said they would act.', {
      published: new Date(MON23), reference: { start: '2023-03-19', precision: 'day' },
    });
    expect(mentions.map((m) => [m.text, m.value.start, m.rule])).toEqual([['Hours after', '2023-03-19', 'anchored']]);
  });
});
