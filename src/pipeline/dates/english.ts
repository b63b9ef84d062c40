/**
 * English date expressions: January 10, 2022; Jan. 10; 10 January 2022;
 * on Tuesday; last week; yesterday; in August; last August; in 2013;
 * early January; the end of 2021; three days ago; the next day;
 * since New Year's Day; from January 2 to 5.
 *
 * Month, weekday and holiday names must be capitalised, so the verbs
 * "may" and "march" and "a new year" are not read as dates. A bare year
 * (2300 troops) counts only after a preposition (in, since, by…).
 */
import type { TimexMod } from '../../lib/schema.ts';
import type { DateExpr, DateSpec, FieldRef, Part } from './expr.ts';
import { EN_HOLIDAYS } from './lexicon.ts';
import { capture, compileNamed } from './named.ts';


const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)(?![a-z])`;
const ORDINAL = '(?:st|nd|rd|th)?(?![0-9a-z])';
const YEAR = '[12][0-9]{3}(?![0-9])';
/** "That afternoon" is the day last given, like "that day". */
const DAY_PART = '(?:day|morning|afternoon|evening|night)';
const holidayNames = Object.keys(EN_HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/'/g, "['’]").replace(/-/g, '[- ]'));

/**
 * Where an atom can start, as a lookahead that lets most positions fail at
 * once (as the Chinese atoms' FIRST_CHARS does): run globally, the two dozen
 * alternatives below were tried at every character of every English
 * sentence, the date stage's costliest line. Safe because each alternative
 * opens with one of these:
 *  - a digit (ISO dates, "10 January", "3 days ago", ", 2 days after");
 *  - a month name with no `\b` before it ("January 10", "Jan. 2022"): each
 *    month name starts with its three-letter abbreviation;
 *  - `\b`, `^` or a lookbehind ending in a comma or a space, then a letter:
 *    a letter at a word start.
 * An alternative added that opens otherwise must be allowed for here
 * (english.test.ts runs the atoms with and without this lookahead).
 */
export const EN_ATOM_START = '(?:(?=[0-9])|\\b(?=[a-z])|(?=jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))';

/** The atoms' alternatives, before the start lookahead is put in front. */
export const EN_ATOM_ALTERNATIVES = [
  `(?<iso>(?<![0-9])(?<isoY>[12][0-9]{3})(?<isoSep>[-/])(?<isoM>[0-9]{1,2})\\k<isoSep>(?<isoD>[0-9]{1,2})(?![0-9]))`,
  `(?<md>(?<mdMon>${MONTH})\\s+(?<mdDay>[0-9]{1,2})${ORDINAL}(?:(?:\\s*(?:-|–|—|to|through|until)\\s*|\\s+(?<mdAnd>and)\\s+)(?<mdDay2>[0-9]{1,2})${ORDINAL})?(?:,?\\s+(?<mdYear>${YEAR}))?)`,
  `(?<dm>(?<![0-9])(?<dmDay>[0-9]{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<dmMon>${MONTH})(?:,?\\s+(?<dmYear>${YEAR}))?)`,
  `(?<my>(?<myMon>${MONTH})\\s+(?:of\\s+)?(?<myYear>${YEAR}))`,
  `(?<edge>\\b(?:the\\s+)?(?<edgeWhich>beginning|start|middle|end)\\s+of\\s+(?:(?<edgeMon>${MONTH})(?:\\s+(?<edgeMonYear>${YEAR}))?|(?<edgeYear>${YEAR})|(?<edgeRel>this|last|next|the)\\s+(?<edgeUnit>year|month)\\b))`,
  `(?<qm>\\b(?:(?<qmQual>in|since|last|this|next|early|late|mid|by|until|till|from|during|through|before|after)\\s+|(?<qmMid>mid-))(?:(?:the|their|its|his|her|our)\\s+)?(?<qmMon>${MONTH})(?!\\.?\\s*[0-9])(?:\\s+(?<qmSame>that|the\\s+same)\\s+year\\b)?)`,
  `(?<qy>\\b(?:(?<qyQual>in|since|by|until|till|from|during|through|early|late|mid|before|after|around|of)\\s+|(?<qyMid>mid-))(?<qyYear>(?:19|20)[0-9]{2}|(?<=\\b(?:in|since)\\s+)1[5-8][0-9]{2})(?![0-9%])(?!,[0-9]))`,
  `(?<wd>\\b(?:(?<wdQual>last|this|next|early|late|the\\s+(?:following|previous|preceding))\\s+)?(?<wdName>${WEEKDAY_NAMES.join('|')})\\b(?:\\s+(?:morning|afternoon|evening|night)\\b)?)`,
  `(?<rd>\\b(?:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|yesterday|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b)`,
  `(?<ru>\\b(?<ruQual>last|this|next|earlier\\s+this|later\\s+this)\\s+(?<ruUnit>week|weekend|month|year)\\b)`,
  `(?<ago>\\b(?<agoN>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<agoUnit>day|week|month|year)s?\\s+ago\\b)`,
  `(?<later>\\b(?<laterN>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<laterUnit>day|week|hour|minute)s?\\s+(?<laterDir>later|earlier)\\b(?!\\s+than\\b))`,
  `(?<vague>\\b(?:(?:a\\s+few|several|some)\\s+)?(?<vagueUnit>moments|minutes|hours|days)\\s+(?<vagueDir>later|earlier)\\b(?!\\s+than\\b))`,
  // "Hours after the deal was announced, …" opening a sentence: still the day the text last gave.
  `(?<hoursAfter>^(?:(?:just|only)\\s+)?(?:(?:a\\s+few|several|some)\\s+)?(?:moments|minutes|hours)\\s+after\\b)`,
  // "Had been injured over the weekend": the weekend nearest publication, which one the tense tells (see resolve).
  `(?<wkd>\\b(?:over|at|during)\\s+the\\s+weekend\\b)`,
  // "The following month", "that year", "a year later": counted from the month or year last given.
  // "Up 5% from a year earlier" is a yardstick, not a date.
  `(?<su>\\b(?:(?:the\\s+(?<suWhich>same|following|previous|preceding)|that)\\s+(?<suUnit>month|year)|(?<!\\b(?:than|from|with|over|on)\\s+)(?<suN>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})\\s+(?<suUnit2>month|year)s?\\s+(?<suDir>later|earlier))\\b(?!\\s+than\\b))`,
  // "The day before" counts from the day last given; "the day after the inauguration" from an event, unsaid when.
  `(?<an>\\b(?:the\\s+(?<anWhich>same|next|following|previous|preceding)\\s+${DAY_PART}|that\\s+${DAY_PART}|the\\s+day\\s+(?<anBA>before|after)(?!\\s+(?:the|an?|his|her|its|their|our|this|that|he|she|it|they|we|i)\\b))\\b)`,
  // "Earlier in the day", "in the afternoon": a part of the day last given, like "that afternoon".
  // Not "in the morning of Nov. 3" (the date follows), not "late in the day" (too late), not "in the mornings".
  `(?<inPart>\\b(?:(?:earlier|later|early)\\s+in\\s+the\\s+day|(?:(?:earlier|later|early|late)\\s+)?in\\s+the\\s+(?:(?:early|late)\\s+)?(?:morning|afternoon|evening))\\b(?!\\s+of\\b))`,
  // ", a day after it launched …": what follows is counted back from the date just given (see toUnit).
  `(?<gap>(?<=,\\s*)(?<gapN>an?|one|two|three|four|five|six|seven|[0-9]{1,2})\\s+(?<gapUnit>day|week)s?\\s+(?<gapDir>after|before)\\b)`,
  // "In the coming days": some day after publication, which one unsaid.
  `(?<coming>\\b(?:(?:in|over|within)\\s+the\\s+(?:coming|next\\s+few)\\s+days|in\\s+the\\s+days\\s+ahead)\\b)`,
  // "an overnight curfew" is a kind of curfew, not a night.
  `(?<night>(?<!\\ban?\\s+)\\bovernight\\b)`,
  `(?<hol>\\b(?:${holidayNames.join('|')})\\b)`,
].join('|');

const { regex: ATOM, groups: ATOM_GROUPS } = compileNamed(`${EN_ATOM_START}(?:${EN_ATOM_ALTERNATIVES})`, 'gi');

const COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};
const PARTS: Record<string, Part> = {
  early: 'START', beginning: 'START', start: 'START', mid: 'MID', middle: 'MID', late: 'END', end: 'END',
};
/** Qualifiers that belong to the expression; prepositions (in, since…) are left out of it or read as range syntax. */
const MEANINGFUL = new Set(['last', 'this', 'next', 'early', 'late', 'mid']);

const monthOf = (word: string): number =>
  MONTH_NAMES.findIndex((name) => name.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const capitalised = (word: string | undefined): boolean => word === undefined || /^[A-Z]/.test(word);

type Groups = (name: string) => string | undefined;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FIRST_DAY = new RegExp(`^${MONTH}\\s+[0-9]{1,2}${ORDINAL}`, 'i');
interface EnUnit {
  start: number;
  end: number;
  spec: DateSpec;
  to?: DateSpec;
  /** Early or late in a day: "Late Wednesday". */
  mod?: TimexMod;
  /** ", a day after …": counts only from a day named earlier in the sentence. */
  gap?: true;
}

function calendar(y: string | undefined, m: number | undefined, d: string | undefined): DateSpec {
  const spec: Extract<DateSpec, { kind: 'calendar' }> = { kind: 'calendar' };
  if (y !== undefined) spec.year = { abs: Number(y) };
  if (m !== undefined) spec.month = { abs: m };
  if (d !== undefined) spec.day = Number(d);
  return spec;
}

/** This, last or next year or month: counted from publication. */
function relativeCalendar(unit: string, n: number): Extract<DateSpec, { kind: 'calendar' }> {
  return unit === 'year' ? { kind: 'calendar', year: { rel: n } } : { kind: 'calendar', month: { rel: n } };
}

function relative(qualifier: string): number {
  const q = qualifier.toLowerCase();
  return q === 'last' ? -1 : q === 'next' ? 1 : 0;
}

/** One match → a unit, or null when a capitalisation check vetoes it. */
function toUnit(g: Groups, start: number, end: number, text: string): EnUnit | null {
  const at = { start, end };
  if (g('iso') !== undefined) return { start, end, spec: calendar(g('isoY'), Number(g('isoM')), g('isoD')) };
  if (g('md') !== undefined) {
    if (!capitalised(g('mdMon'))) return null;
    // "July 11 and 12, 2020" or "between July 11 and 12" is two days; "on July 11 and 12 others…" is one.
    if (g('mdAnd') !== undefined && g('mdYear') === undefined && !BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      const first = FIRST_DAY.exec(text.slice(start, end))!;
      return { start, end: start + first[0].length, spec: calendar(undefined, monthOf(g('mdMon')!), g('mdDay')) };
    }
    const unit: EnUnit = { start, end, spec: calendar(g('mdYear'), monthOf(g('mdMon')!), g('mdDay')) };
    if (g('mdDay2') !== undefined) unit.to = calendar(g('mdYear'), monthOf(g('mdMon')!), g('mdDay2'));
    return unit;
  }
  const dayMonth = g('dmMon');
  if (dayMonth !== undefined) {
    return capitalised(dayMonth) ? { start, end, spec: calendar(g('dmYear'), monthOf(dayMonth), g('dmDay')) } : null;
  }
  const monthYear = g('myMon');
  if (monthYear !== undefined) {
    return capitalised(monthYear) ? { start, end, spec: calendar(g('myYear'), monthOf(monthYear), undefined) } : null;
  }
  if (g('edge') !== undefined) return edgeUnit(g, at);
  if (g('qm') !== undefined) {
    if (!capitalised(g('qmMon'))) return null;
    const qualifier = (g('qmQual') ?? 'mid').toLowerCase();
    const spec = calendar(undefined, monthOf(g('qmMon')!), undefined) as Extract<DateSpec, { kind: 'calendar' }>;
    if (qualifier === 'last') spec.strict = -1;
    if (qualifier === 'next') spec.strict = 1;
    if (qualifier === 'this') spec.year = { rel: 0 };
    // "In late February that year": the year last given, not publication's.
    if (g('qmSame') !== undefined) spec.year = { same: true };
    const part = PARTS[qualifier];
    if (part) spec.part = part;
    const from = MEANINGFUL.has(qualifier) ? start : start + g('qm')!.lastIndexOf(g('qmMon')!);
    return { start: from, end, spec };
  }
  if (g('qy') !== undefined) {
    const qualifier = (g('qyQual') ?? 'mid').toLowerCase();
    const spec = calendar(g('qyYear'), undefined, undefined) as Extract<DateSpec, { kind: 'calendar' }>;
    const part = PARTS[qualifier];
    if (part) spec.part = part;
    return { start: part ? start : end - g('qyYear')!.length, end, spec };
  }
  if (g('wd') !== undefined) {
    if (!capitalised(g('wdName'))) return null;
    const weekday = WEEKDAY_NAMES.indexOf(g('wdName')!.toLowerCase()) + 1;
    const q = g('wdQual')?.toLowerCase().replace(/\s+/g, ' ');
    const spec: DateSpec =
      q === 'this' ? { kind: 'weekday', weekday, week: 0 }
      : q?.startsWith('the ') ? { kind: 'weekday', weekday, week: null, anchored: q === 'the following' ? 1 : -1 }
      : q === 'last' || q === 'next' ? { kind: 'weekday', weekday, week: null, strict: q === 'last' ? -1 : 1 }
      : { kind: 'weekday', weekday, week: null };
    // "Late Wednesday" is still that Wednesday, its end (TIMEX3 mod END).
    const part = q === 'early' || q === 'late' ? PARTS[q] : undefined;
    return part ? { start, end, spec, mod: part } : { start, end, spec };
  }
  const relativeDay = g('rd');
  if (relativeDay !== undefined) {
    const word = relativeDay.toLowerCase().replace(/\s+/g, ' ');
    const n = word.includes('before yesterday') ? -2 : word.includes('after tomorrow') ? 2
      : word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    return { start, end, spec: { kind: 'shift', unit: 'day', n } };
  }
  if (g('ru') !== undefined) {
    const qualifier = g('ruQual')!.toLowerCase();
    const n = /^(earlier|later)/.test(qualifier) ? 0 : relative(qualifier);
    const unit = g('ruUnit')!.toLowerCase();
    const side = qualifier.startsWith('earlier') ? 'earlier' : qualifier.startsWith('later') ? 'later' : undefined;
    if (unit === 'week') return { start, end, spec: side ? { kind: 'week', week: n, side } : { kind: 'week', week: n } };
    if (unit === 'weekend') return { start, end, spec: { kind: 'week', week: n, weekend: true } };
    const spec = relativeCalendar(unit, n);
    // "Later this month" is what is left of it, ahead; "earlier this month" stays the month,
    // as a writer looking back names it (the days before publication add nothing to it).
    if (side === 'later') spec.side = side;
    return { start, end, spec };
  }
  if (g('ago') !== undefined) {
    const n = -(COUNTS[g('agoN')!.toLowerCase()] ?? Number(g('agoN')));
    const unit = g('agoUnit')!.toLowerCase();
    if (unit === 'day' || unit === 'week') return { start, end, spec: { kind: 'shift', unit, n } };
    return { start, end, spec: relativeCalendar(unit, n) };
  }
  if (g('later') !== undefined) {
    // "Two days later" counts from the date the text last gave, like "the next day";
    // "two days before he was sworn in" names no date and is not matched.
    const count = COUNTS[g('laterN')!.toLowerCase()] ?? Number(g('laterN'));
    const days = laterDays(g('laterUnit')!.toLowerCase(), count);
    const n = g('laterDir')!.toLowerCase() === 'later' ? days : -days;
    return { start, end, spec: { kind: 'anchor', n, publicationFallback: false } };
  }
  const vagueUnit = g('vagueUnit');
  if (vagueUnit !== undefined) {
    // "Hours later" is still the day the text last gave. "Days later" is some
    // days after it, how many unsaid: that day, qualified AFTER (BEFORE for earlier).
    const spec: DateSpec = { kind: 'anchor', n: 0, publicationFallback: false };
    if (vagueUnit.toLowerCase() !== 'days') return { start, end, spec };
    return { start, end, spec, mod: g('vagueDir')!.toLowerCase() === 'later' ? 'AFTER' : 'BEFORE' };
  }
  if (g('hoursAfter') !== undefined) return { start, end, spec: { kind: 'anchor', n: 0, publicationFallback: false } };
  if (g('wkd') !== undefined) {
    const word = text.slice(start, end);
    return { start: start + word.search(/weekend/i), end, spec: { kind: 'week', week: 0, weekend: true, nearest: true } };
  }
  if (g('coming') !== undefined) {
    // After publication day, open-ended (TIMEX3 AFTER), pointing ahead.
    return { start, end, spec: { kind: 'shift', unit: 'day', n: 1 }, mod: 'AFTER' };
  }
  if (g('night') !== undefined) {
    // The night after the day the sentence gave ("On Thursday … overnight") is
    // still that day; with none, a report's "overnight" is the night before it,
    // as "yesterday" is, whatever day an earlier sentence told of.
    return { start, end, spec: { kind: 'anchor', n: 0, publicationFallback: true, fallbackShift: -1, sentenceOnly: true } };
  }
  if (g('inPart') !== undefined) return { start, end, spec: { kind: 'anchor', n: 0, publicationFallback: false } };
  if (g('gap') !== undefined) {
    // "X on Friday, a day after it launched Y": Y came a day before Friday; "a day before Y": a day after.
    const count = COUNTS[g('gapN')!.toLowerCase()] ?? Number(g('gapN'));
    const days = g('gapUnit')!.toLowerCase() === 'week' ? 7 * count : count;
    const n = g('gapDir')!.toLowerCase() === 'after' ? -days : days;
    return { start, end, spec: { kind: 'anchor', n, publicationFallback: false }, gap: true };
  }
  if (g('su') !== undefined) {
    const unit = (g('suUnit') ?? g('suUnit2'))!.toLowerCase() as 'month' | 'year';
    const which = g('suWhich')?.toLowerCase();
    const count = g('suN') === undefined ? 1 : COUNTS[g('suN')!.toLowerCase()] ?? Number(g('suN'));
    const shift =
      g('suDir') !== undefined ? (g('suDir')!.toLowerCase() === 'later' ? count : -count)
      : which === 'following' ? 1 : which === 'previous' || which === 'preceding' ? -1 : 0;
    const ref: FieldRef = shift === 0 ? { same: true } : { same: true, shift };
    const spec: DateSpec = unit === 'year' ? { kind: 'calendar', year: ref } : { kind: 'calendar', month: ref };
    return { start, end, spec };
  }
  if (g('an') !== undefined) {
    const which = (g('anWhich') ?? g('anBA') ?? 'same').toLowerCase();
    const n = which === 'same' ? 0 : ['next', 'following', 'after'].includes(which) ? 1 : -1;
    return { start, end, spec: { kind: 'anchor', n, publicationFallback: false } };
  }
  const name = g('hol')!;
  if (!capitalised(name)) return null;
  // "his New Year's press conference", "the New Year's address": the holiday names a thing, not a day.
  if (POSSESSIVE_THING.test(text.slice(end, end + 24))) return null;
  const holiday = EN_HOLIDAYS[name.toLowerCase().replace('’', "'").replace(/^mid autumn/, 'mid-autumn')]!;
  return { start, end, spec: { kind: 'holiday', holiday } };
}

const POSSESSIVE_THING = /^['’]s\s+(?!day\b|eve\b)[a-z]/i;

/** Whole days in a count of units: hours and minutes stay on the same day below a full day. */
function laterDays(unit: string, count: number): number {
  if (unit === 'week') return 7 * count;
  if (unit === 'hour') return Math.floor(count / 24);
  if (unit === 'minute') return Math.floor(count / 1440);
  return count;
}

function edgeUnit(g: Groups, at: { start: number; end: number }): EnUnit | null {
  const part = PARTS[g('edgeWhich')!.toLowerCase()]!;
  let spec: Extract<DateSpec, { kind: 'calendar' }>;
  const month = g('edgeMon');
  if (month !== undefined) {
    if (!capitalised(month)) return null;
    spec = calendar(g('edgeMonYear'), monthOf(month), undefined) as typeof spec;
  } else if (g('edgeYear') !== undefined) {
    spec = calendar(g('edgeYear'), undefined, undefined) as typeof spec;
  } else {
    const n = relative(g('edgeRel') === 'the' ? 'this' : g('edgeRel')!);
    spec = relativeCalendar(g('edgeUnit')!.toLowerCase(), n);
  }
  spec.part = part;
  return { start: at.start, end: at.end, spec };
}

const PREFIX = /\b(since|from|between|before|after|until|till|through)\s+(?:the\s+)?$/i;
const PREFIX_MOD: Record<string, TimexMod> = { before: 'BEFORE', after: 'AFTER' };
const CONNECTOR = /^\s*(-|–|—|to|through|until|till|and)\s*$/i;

function prefixOf(text: string, start: number): { word: string; length: number } | null {
  const match = PREFIX.exec(text.slice(Math.max(0, start - 16), start));
  return match ? { word: match[1]!.toLowerCase(), length: match[0].length } : null;
}

// A perfect (has fought, have been killed, had governed) tells of a stretch
// still running when told; a simple past with no perfect (was held since…)
// of one over by then. With neither, the stretch is taken to run on.
const PERFECT = /\b(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)\b|\b(?:[a-z]+['’](?:s|ve|d))\s+(?:been|[a-z]+ed)\b/i;
const SIMPLE_PAST =
  /\b(?:was|were|did|[a-z]{2,}ed|began|fell|rose|took|came|went|left|fought|held|won|lost|made|saw|ran|grew|kept|led|met|said|told|broke|stood|spent|sent|brought|became|stayed)\b/i;
/** How far a verb may stand from its "since" in the same clause. */
const CLAUSE_REACH = 60;

/** Whether the clause around a "since" range (text[start, end)) has a simple past and no perfect. */
function simplePastAround(text: string, start: number, end: number): boolean {
  let from = Math.max(0, start - CLAUSE_REACH);
  const before = text.slice(from, start);
  const stop = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  if (stop >= 0) from += stop + 1;
  const after = text.slice(end, end + CLAUSE_REACH);
  const next = after.search(/[;:.!?]/);
  const clause = text.slice(from, start) + ' ' + (next >= 0 ? after.slice(0, next) : after);
  return !PERFECT.test(clause) && SIMPLE_PAST.test(clause);
}

/**
 * "has seen some 190 coups since it won independence from Spain in 1825": a
 * present perfect counted since a clause dated "in 1825" runs from then to
 * publication, like "since 1825". Not "the motions it had filed since he took
 * office in May 2022" (a past perfect), nor "the gravest challenge since he
 * came to power in 1999" (no perfect: a yardstick of a record).
 */
const SINCE_CLAUSE_REACH = 70;
const IN_BEFORE = /\bin\s+$/i;
const PRESENT_PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:not|never|also|already|now)\s+)?(?:seen|had|been|known|suffered|experienced|witnessed|faced|endured|undergone|[a-z]+ed)\b[^,;:.!?]*$/i;

/** Where the "since" of such a clause stands; −1 when the date is in none. */
function perfectSince(text: string, start: number): number {
  const since = text.lastIndexOf(' since ', start);
  if (since < 0 || start - since > SINCE_CLAUSE_REACH || /[,;:.!?]/.test(text.slice(since, start))) return -1;
  const before = text.slice(Math.max(0, since - SINCE_CLAUSE_REACH), since);
  return PRESENT_PERFECT_BEFORE.test(before) ? since + 1 : -1;
}

const partOf = (unit: EnUnit): TimexMod | undefined =>
  unit.mod ?? (unit.spec.kind === 'calendar' ? unit.spec.part : undefined);

/** "Late Saturday and early Sunday", "late January and early February": one stretch across the turn. */
function lateThenEarly(unit: EnUnit, next: EnUnit): boolean {
  return partOf(unit) === 'END' && partOf(next) === 'START' && unit.spec.kind === next.spec.kind;
}

/** Units → expressions with ranges (from X to Y, X–Y, between X and Y, since X … until Y). */
function toDrafts(units: readonly EnUnit[], text: string): DateExpr[] {
  const drafts: DateExpr[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const prefix = prefixOf(text, unit.start);
    const start = prefix ? unit.start - prefix.length : unit.start;
    const next = units[i + 1];
    const connector = next ? CONNECTOR.exec(text.slice(unit.end, next.start))?.[1]?.toLowerCase() : undefined;
    const joins =
      connector !== undefined &&
      (/^[-–—]$/.test(connector) ||
        (prefix?.word === 'from' && connector !== 'and') ||
        (prefix?.word === 'between' && connector === 'and') ||
        (connector === 'and' && lateThenEarly(unit, next!)));
    if (next && joins) {
      drafts.push({ start, end: next.end, spec: unit.spec, to: next.spec, ahead: false });
      i++;
      continue;
    }
    const last = drafts[drafts.length - 1];
    if (last?.open && (prefix?.word === 'until' || prefix?.word === 'till' || prefix?.word === 'through')) {
      last.open = false;
      last.to = unit.spec;
      last.end = unit.end;
      continue;
    }
    const rangeWord = prefix?.word === 'from' || prefix?.word === 'between';
    const draft: DateExpr = { start: rangeWord && !unit.to ? unit.start : start, end: unit.end, spec: unit.spec, ahead: false };
    if (unit.to) draft.to = unit.to;
    else if (prefix?.word === 'since') {
      draft.open = true;
      if (!simplePastAround(text, start, unit.end)) draft.runsOn = true;
    }
    else if (!prefix && !unit.to && IN_BEFORE.test(text.slice(Math.max(0, unit.start - 4), unit.start)) && perfectSince(text, unit.start) >= 0) {
      // Written from its "since", as "since 1825" would be: the clause between is the span's start.
      draft.start = perfectSince(text, unit.start);
      draft.open = true;
      draft.runsOn = true;
    }
    // "Through Jan. 21" with nothing before it to join is the end of a stretch, as "until" is.
    if (prefix?.word === 'until' || prefix?.word === 'till' || prefix?.word === 'through') draft.until = true;
    const mod = unit.mod ?? (prefix ? PREFIX_MOD[prefix.word] : undefined);
    const hasPart = unit.spec.kind === 'calendar' && unit.spec.part !== undefined;
    if (mod && !hasPart) draft.mod = mod;
    drafts.push(draft);
  }
  return drafts;
}

/** Whether a spec is a single day (not a week, month or year), so an anchor can count from it. */
function namesDay(spec: DateSpec): boolean {
  if (spec.kind === 'calendar') return spec.day !== undefined;
  if (spec.kind === 'shift') return spec.unit === 'day';
  return spec.kind === 'weekday' || spec.kind === 'anchor' || spec.kind === 'holiday';
}

/**
 * ", a day after it launched Y" dates Y from the day just named, so it needs
 * one earlier in the sentence; and it must close the sentence: in "On Monday,
 * a day after the vote, protesters marched" what follows the comma is Monday's.
 */
function gapCounts(sentence: string, unit: EnUnit, previous: EnUnit | undefined): boolean {
  return previous !== undefined && namesDay(previous.spec) && !/[,;:]/.test(sentence.slice(unit.end));
}

/** "Directed him to appear before the court on": an order's infinitive, its day what was ordered. */
const ORDERED_DAY = /\b(?:ordered|directed|told|asked|summoned|instructed|urged)\s+(?:[\w’']+\s+){0,3}?to\s+[a-z]+\b[^,;:]*$/;

const ZONE = /\b(?:GMT|UTC)\b/;
const ZONE_BRACKET = /\(([^()]*\b(?:GMT|UTC)\b[^()]*)\)/g;

/**
 * "1am local time (23:00 GMT on Sunday)": the bracket restates the moment in
 * another zone, so its day is not the clause's own, nor one to count from.
 */
function zoneConversions(sentence: string): { start: number; end: number }[] {
  if (!sentence.includes('(') || !ZONE.test(sentence)) return [];
  const spans: { start: number; end: number }[] = [];
  ZONE_BRACKET.lastIndex = 0;
  for (let m = ZONE_BRACKET.exec(sentence); m; m = ZONE_BRACKET.exec(sentence)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Every English date expression in a sentence, in order. */
export function englishExpressions(sentence: string): DateExpr[] {
  const units: EnUnit[] = [];
  const conversions = zoneConversions(sentence);
  ATOM.lastIndex = 0;
  for (let m = ATOM.exec(sentence); m; m = ATOM.exec(sentence)) {
    const unit = toUnit(capture(m, ATOM_GROUPS), m.index, m.index + m[0].length, sentence);
    if (!unit) continue;
    if (conversions.some((c) => unit.start >= c.start && unit.end <= c.end)) continue;
    // "weighed its response Monday to Iran's attack over the weekend": after the sentence's own day, the weekend
    // tells of a thing named, not when the sentence happened.
    if (unit.spec.kind === 'week' && unit.spec.nearest && units.length) continue;
    const previous = units[units.length - 1];
    if (unit.gap) {
      // "declared … on Thursday and directed him to appear on Friday, two days after his detention": the day an
      // order sets is what was ordered; the gap counts from the day before it, the clause's own.
      const before = units[units.length - 2];
      const ordered = previous !== undefined && before !== undefined && namesDay(before.spec) && ORDERED_DAY.test(sentence.slice(before.end, previous.start));
      if (!gapCounts(sentence, unit, ordered ? before : previous)) continue;
      if (ordered && unit.spec.kind === 'anchor') unit.spec.skip = 1;
    }
    // "Tuesday, January 11", "Friday 28 October": one expression, from the
    // weekday ("by Friday 28 October" is a deadline), whose weekday picks the year.
    const besideDate = unit.spec.kind === 'calendar' && /^,?\s*$/.test(sentence.slice(previous?.end ?? 0, unit.start));
    if (previous?.spec.kind === 'weekday' && besideDate && unit.spec.kind === 'calendar') {
      units.pop();
      unit.start = previous.start;
      if (unit.spec.day !== undefined && previous.spec.week === null && previous.spec.strict === undefined) {
        unit.spec.weekday = previous.spec.weekday;
      }
    }
    // "in April last year", "in March this year": one month, of the year the words after it name.
    if (
      previous?.spec.kind === 'calendar' && previous.to === undefined && previous.spec.year === undefined && previous.spec.day === undefined &&
      previous.spec.month !== undefined && 'abs' in previous.spec.month && unit.spec.kind === 'calendar' && unit.spec.month === undefined &&
      unit.spec.year !== undefined && 'rel' in unit.spec.year && /^\s+$/.test(sentence.slice(previous.end, unit.start))
    ) {
      previous.spec.year = unit.spec.year;
      previous.end = unit.end;
      continue;
    }
    units.push(unit);
  }
  return toDrafts(units, sentence);
}
