/**
 * English counts told across a sentence rather than beside their outcome: a
 * toll raised or put at a number ("bringing the day's death toll to four",
 * "raised it to 80, up from 67"), troop numbers, crowds at a rally, members of
 * a force, and the yardstick disasters whose tolls count nobody today.
 */
import type { Category } from '../../lib/schema.ts';
import { EN_NUMBER, EN_ORDER_VALUE, EN_QUALIFIER, parseEnglishNumber, QUALIFIERS, type Approx, type FoundFigure } from './figureNumbers.ts';

/*
 * "surpassing a 1960 tsunami that killed 61 people", "surpassed the toll of the 2018 Camp Fire in
 * Northern California, which killed 85 people": a count in a relative clause about an earlier
 * disaster (dated by its year) that the one reported is compared with is a yardstick, not a toll.
 */
export const MAY_YARDSTICK = /surpass|exceed|eclips|overtak|outstrip|\bthan\b|\bsince\b/i;
const YARDSTICK = new RegExp(
  `\\b(?:surpass\\w*|exceed\\w*|eclips\\w*|overt[ao]k\\w*|outstrip\\w*|than|since)\\s[^;.!?]{0,60}?\\b(?:1[89]|20)\\d\\d\\b[^;!?]{0,60}?` +
    `\\b(?:that|which)\\s+(?:had\\s+)?(?:killed|left|claimed)\\s+(?:(?:at least|more than|over|nearly|almost|about|around|some)\\s+)?$`,
  'i',
);
export function isYardstick(text: string, start: number): boolean {
  return YARDSTICK.test(text.slice(Math.max(0, start - 160), start));
}

/*
 * "a county announcement raised it to 80, up from 67 earlier in the day, making the fires the
 * deadliest …": a count raised from an earlier one, in a sentence about deaths, is the death toll
 * told before ("it"); the earlier figure is background.
 */
export const DEATH_WORD = /\b(?:deadliest|killed|dead|deaths?|fatalities|toll)\b/i;
const RAISED_IT = new RegExp(
  `\\b(?:rais(?:e|es|ed|ing)|brought|bring(?:s|ing)?|push(?:es|ed|ing)?|took|tak(?:es|ing)|lift(?:s|ed|ing)?)\\s+it\\s+to\\s+` +
    `${EN_QUALIFIER}?\\s*${EN_NUMBER},?\\s+up\\s+from\\b`,
  'gi',
);
export function raisedIt(text: string, figures: FoundFigure[], covered: (at: number) => boolean): void {
  for (const m of text.matchAll(RAISED_IT)) {
    const [, qualifier, number] = m;
    const value = parseEnglishNumber(number!);
    const at = m.index + m[0].lastIndexOf(number!, m[0].length - 'up from'.length);
    if (value === null || value < 2 || covered(at)) continue;
    const start = qualifier ? m.index + m[0].indexOf(qualifier, m[0].indexOf(' it ')) : at;
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, at + number!.length), what: 'dead', category: 'unrest', approx, start, end: at + number!.length });
  }
}

/*
 * "The toll, which …, climbed through Saturday …, reaching 133 by Saturday evening", "the death
 * toll rose to more than 40": a toll as the subject, its figure after a verb of rising or standing
 * (not "put at", which gives someone's estimate), within the sentence. A bare toll is of the dead;
 * a casualty toll counts the injured too and is left out. "took a heavy toll on" is no toll of people.
 */
const TOLL_SUBJECT = /\b(?:the|its|a|this|that|their|his|her)\s+(?:(?:day|week|night|attack|quake|storm|riot|crash|fire)['’]s\s+)?(?:(death|fatality|injury)\s+)?toll\b(?!\s+(?:on|of\s+the\s+(?:economy|war)|road|booth|plaza|free|charges?))/gi;
const TOLL_FIGURE = new RegExp(
  `^[^.;!?]*?\\b(?:(reach(?:ed|es|ing)?|hit(?:s|ting)?|(?:top|pass|exceed)(?:ped|ed|es|s|ping|ing)?)|` +
    `(?:r(?:ose|ises?|ising|isen)|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|increas(?:ed|es|ing)|grew|grow(?:s|ing|n)?|soar(?:ed|s|ing)?|` +
    `swell(?:ed|s|ing)?|mount(?:ed|s|ing)?)\\s+to|st(?:ood|ands?|anding)\\s+at|(?:is|was|now)\\s+at)\\s+` +
    `${EN_QUALIFIER}?\\s*${EN_NUMBER}(?!\\s*(?:%|percent|per\\s+cent|years?|km|miles?|metres?|meters?)\\b)`,
  'i',
);
/*
 * "bringing the day's death toll to four", "raised the toll to 30": the toll as the object of a
 * verb of raising (before it, BROUGHT_BEFORE), its figure right after "to".
 */
const BROUGHT_BEFORE = /\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|tak(?:es|ing)|took|lift(?:s|ed|ing)?)\s+$/i;
const BROUGHT_TO = new RegExp(
  `^\\s+to\\s+${EN_QUALIFIER}?\\s*${EN_NUMBER}(?!\\s*(?:%|percent|per\\s+cent|years?)\\b|\\.\\d)`,
  'i',
);
const TOLL_ASIDE = /^,\s+(?:which|that)\b[^,;.]*,/;
const TOLL_WHAT: Record<string, string> = { death: 'dead', fatality: 'dead', injury: 'injured' };

/*
 * "The prefecture had put the toll at 30 on Tuesday morning", "officials put the death toll at
 * more than 100": the toll as the object of put, its figure after at. (In a relative clause about a
 * toll, "The toll, which the FSB put at 40, climbed …", the toll is the subject and TOLL_ASIDE skips it.)
 */
const TOLL_PUT = new RegExp(
  `\\bput(?:s|ting)?\\s+(?:the|its|their|a)\\s+(?:(death|fatality|injury)\\s+)?toll\\s+at\\s+` +
    `${EN_QUALIFIER}?\\s*${EN_NUMBER}(?!\\s*(?:%|percent|per\\s+cent)|\\.\\d)`,
  'gi',
);

/** See TOLL_SUBJECT: the figure is pushed onto `figures` unless a count already stands there. */
export function tollFigures(text: string, figures: FoundFigure[], covered: (at: number) => boolean): void {
  for (const m of text.includes('put') ? text.matchAll(TOLL_PUT) : []) {
    const [, what, qualifier, number] = m;
    const value = parseEnglishNumber(number!);
    const end = m.index + m[0].length;
    const at = end - number!.length;
    if (value === null || covered(at)) continue;
    const start = qualifier ? m.index + m[0].lastIndexOf(qualifier, m[0].length - number!.length) : at;
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: TOLL_WHAT[what?.toLowerCase() ?? 'death']!, category: 'unrest', approx, start, end });
  }
  for (const subject of text.matchAll(TOLL_SUBJECT)) {
    // "The toll, which the FSB put at 40 late on Friday, climbed …": the relative clause tells an earlier figure.
    const brought = BROUGHT_BEFORE.test(text.slice(Math.max(0, subject.index - 12), subject.index))
      ? BROUGHT_TO.exec(text.slice(subject.index + subject[0].length))
      : null;
    if (brought) {
      const [, qualifier, number] = brought;
      const value = parseEnglishNumber(number!);
      const end = subject.index + subject[0].length + brought[0].length;
      const at = end - number!.length;
      if (value === null || covered(at)) continue;
      const start = qualifier ? end - brought[0].length + brought[0].lastIndexOf(qualifier, brought[0].length - number!.length) : at;
      const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
      figures.push({ value, text: text.slice(start, end), what: TOLL_WHAT[subject[1]?.toLowerCase() ?? 'death']!, category: 'unrest', approx, start, end });
      return;
    }
    const from = subject.index + subject[0].length + (TOLL_ASIDE.exec(text.slice(subject.index + subject[0].length))?.[0].length ?? 0);
    const m = TOLL_FIGURE.exec(text.slice(from));
    if (!m) continue;
    const [, passed, qualifier, number] = m;
    const value = parseEnglishNumber(number!);
    const at = from + m[0].length - number!.length;
    if (value === null || covered(at)) continue;
    const start = qualifier ? from + m[0].lastIndexOf(qualifier, m[0].length - number!.length) : at;
    const end = from + m[0].length;
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : passed && !/^(?:reach|hit)/i.test(passed) ? 'more-than' : 'exact';
    figures.push({ value, text: text.slice(start, end), what: TOLL_WHAT[subject[1]?.toLowerCase() ?? 'death']!, category: 'unrest', approx, start, end });
    return;
  }
}

/*
 * "would double the number of Self-Defense Forces personnel working in the disaster zone from about
 * 1,000 to some 2,000", "raise the number of troops to 5,000": the number of troops a deployment
 * reaches is a count of troops (the from-figure is the strength before, and is left out). Personnel
 * count as troops only as a force's (forces, military, army personnel): police personnel are not.
 */
const TROOP_NUMBER = new RegExp(
  `\\bnumber\\s+of\\s+(?:[A-Za-z][\\w'’-]*\\s+){0,4}?(?:troops|soldiers|(?:forces|military|army|armed\\s+forces)\\s+personnel)\\b` +
    `[^;.!?]{0,80}?\\bto\\s+${EN_QUALIFIER}?\\s*${EN_NUMBER}(?!\\s*(?:%|percent|per\\s+cent)|\\.\\d)`,
  'gi',
);

/*
 * "addressed thousands of his supporters at a rally", "2,000 people at a vigil": those at a
 * rally, protest or vigil are its demonstrators (as 5万人参加集会 in Chinese).
 */
export const MAY_RALLY = /\b(?:rally|protest|demonstration|vigil)\b/;
export const EN_RALLY_CROWD = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*(?:${EN_NUMBER}|(dozens|scores|hundreds of thousands|tens of thousands|hundreds|thousands|millions)\\s+of)\\s+` +
    `(?:(?:his|her|their|its|the)\\s+)?(?:[a-z-]+\\s+)?(?:people|supporters|demonstrators|protesters|activists|students|workers|residents)\\s+` +
    `(?:at|in)\\s+(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}?(?:rally|protest|demonstration|vigil)\\b`,
  'gi',
);

/**
 * "a Reuters reporter counted at least five bodies", "rescuers recovered 12 bodies", "30 bodies were
 * found": bodies counted, found or recovered are the dead. Only with such a verb: "two governing
 * bodies" and "three international bodies" are organisations.
 */
const FOUND_BODIES = '(?:counted|recovered|found|retrieved|pulled\\s+out|pulled|identified|saw|buried|collected|exhumed|discovered|removed)';
const COUNT_OF = `${EN_QUALIFIER}?\\s*(?:${EN_NUMBER}|(dozens|scores|hundreds|thousands)\\s+of)`;
export const EN_BODIES_FOUND = new RegExp(`\\b${FOUND_BODIES}\\s+${COUNT_OF}\\s+(?:[a-z-]+\\s+)?bodies\\b`, 'gi');
export const EN_BODIES_PASSIVE = new RegExp(`\\b${COUNT_OF}\\s+bodies\\s+(?:were|have\\s+been|had\\s+been)\\s+${FOUND_BODIES}\\b`, 'gi');

/**
 * Counts a pattern finds, as `what`: group 1 a qualifier ("at least"), group 2 a number,
 * group 3 (when the pattern has it) an order of magnitude ("thousands of").
 */
export function countsMatching(text: string, pattern: RegExp, what: string, category: Category, figures: FoundFigure[], covered: (at: number) => boolean): void {
  for (const m of text.matchAll(pattern)) {
    const [, qualifier, number, order] = m;
    const count = (number ?? order)!;
    const at = m.index + m[0].indexOf(count);
    if (covered(at)) continue;
    const value = number ? parseEnglishNumber(number) : EN_ORDER_VALUE[order!.toLowerCase().replace(/\s+/g, ' ')]!;
    if (value === null || value < 2) continue;
    const start = qualifier ? m.index + m[0].indexOf(qualifier) : at;
    const approx: Approx = order ? 'several' : qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, at + count.length), what, category, approx, start, end: at + count.length });
  }
}

/*
 * "all 1,100 members of the D.C. National Guard", "500 personnel of the armed forces": members of
 * an armed force are its troops (police members are not).
 */
export const MAY_FORCE = /National Guard|Army|armed forces|military|Marines|Navy|Air Force/;
export const FORCE_MEMBERS = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+(?:members|personnel)\\s+of\\s+(?:the\\s+)?` +
    `(?:[A-Z][\\w.'’-]*\\s+){0,4}?(?:National\\s+Guard|Army|Navy|Air\\s+Force|Marines|armed\\s+forces|military)\\b`,
  'g',
);

/** See TROOP_NUMBER. */
export function troopNumbers(text: string, figures: FoundFigure[], covered: (at: number) => boolean): void {
  for (const m of text.matchAll(TROOP_NUMBER)) {
    const [, qualifier, number] = m;
    const value = parseEnglishNumber(number!);
    const end = m.index + m[0].length;
    const at = end - number!.length;
    if (value === null || value < 2 || covered(at)) continue;
    const start = qualifier ? m.index + m[0].lastIndexOf(qualifier, m[0].length - number!.length) : at;
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: 'troops', category: 'military', approx, start, end });
  }
}

const EN_ORDER_WORDS = '(dozens|scores|hundreds of thousands|tens of thousands|hundreds|thousands|millions)';

/*
 * "Gang violence has already driven thousands of people from their homes", "forced 2,000 residents
 * out of their homes": those driven from home (the outcome before the count) are the displaced.
 * The figure's text runs to who was counted.
 */
export const MAY_DRIVEN_HOME = /\b(?:driv|drove|forc|push)[a-z]*\s[^.;]*\bhomes?\b/;
const EN_DRIVEN_HOME = new RegExp(
  `\\b(?:driven|drove|drives?|driving|forced|forces?|forcing|pushed|pushes|pushing)\\s+${EN_QUALIFIER}?\\s*(?:${EN_NUMBER}|${EN_ORDER_WORDS}\\s+of)\\s+` +
    `(?:[a-z-]+\\s+)?(?:people|persons|residents|civilians|families|villagers|inhabitants|Haitians|[A-Z][a-z]+(?:ns|ese|is))` +
    `(?=\\s+(?:out\\s+)?(?:from|of|out\\s+of)\\s+(?:their|his|her)\\s+homes?\\b)`,
  'g',
);

/*
 * "two US citizens of Haitian descent were among those detained": a count, who was counted (a
 * short description), then "among those" an outcome befell: the count is of that outcome.
 */
export const MAY_AMONG_THOSE = /\bamong\s+(?:those|the)\b/;
const AMONG_OUTCOME: Record<string, [string, Category]> = {
  killed: ['dead', 'unrest'], dead: ['dead', 'unrest'], injured: ['injured', 'unrest'], wounded: ['injured', 'unrest'],
  hurt: ['injured', 'unrest'], arrested: ['arrested', 'unrest'], detained: ['arrested', 'unrest'], missing: ['missing', 'unrest'],
};
const EN_AMONG_THOSE = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+(?:[A-Za-z][\\w.'’-]*\\s+){0,2}?` +
    `(?:people|persons|citizens|nationals|civilians|men|women|children|students|journalists|officers|soldiers|suspects|foreigners|tourists|[A-Z][a-z]+(?:ns|ese|is))\\b` +
    `(?=[^,;.:!?]{0,40}?\\s+(?:were|was|are)\\s+(?:also\\s+)?among\\s+(?:those\\s+(?:who\\s+(?:were|had\\s+been)\\s+)?|the\\s+)` +
    `(killed|dead|injured|wounded|hurt|arrested|detained|missing)\\b)`,
  'g',
);

/*
 * "when hundreds of mostly young demonstrators gathered near parliament": demonstrators counted
 * (a word or two may describe them) are the protesters, unless an outcome follows ("were injured",
 * which the outcome patterns read).
 */
export const MAY_CROWD_NOUN = /demonstrators|protest[eo]rs|marchers/;
const EN_CROWD_NOUN = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*(?:${EN_NUMBER}|${EN_ORDER_WORDS}\\s+of)\\s+(?:(?:the|their|his|her)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:demonstrators|protesters|protestors|marchers)\\b` +
    `(?!\\s+(?:were|was|are|have\\s+been|had\\s+been|has\\s+been)\\b)`,
  'g',
);
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;
/*
 * "sent tens of thousands of Israelis pouring into the streets", "thousands of people flooded the
 * streets": people (or a people's name, capitalised) pouring, flooding or streaming into the streets
 * are a crowd, counted as the demonstrators. The figure's text runs to who was counted.
 */
export const MAY_STREETS = /\bstreets\b/;
const EN_INTO_STREETS = new RegExp(
  `(?:\\b${EN_QUALIFIER}\\s+|(?<![\\w-]))(?:${EN_NUMBER}|([Dd]ozens|[Ss]cores|[Hh]undreds of thousands|[Tt]ens of thousands|[Hh]undreds|[Tt]housands|[Mm]illions)\\s+of)\\s+` +
    `(?:(?:[a-z-]+\\s+)?(?:people|demonstrators|protesters|protestors|residents|citizens|supporters|students|workers|opponents|activists)|[A-Z][a-z]+(?:ns|is|ese))` +
    `(?=\\s+(?:(?:have|had|has)\\s+)?(?:pour(?:ed|ing|s)?|flood(?:ed|ing|s)?|stream(?:ed|ing|s)?|spill(?:ed|ing|s)?|surg(?:ed|ing|es?)|flock(?:ed|ing|s)?)\\s+` +
    `(?:(?:out\\s+)?(?:into|onto|to|in)\\s+)?the\\s+streets\\b)`,
  'g',
);

/*
 * "Police said 250 to 300 people had gathered and that officers used pepper spray …": people who
 * gathered are the protesters when the sentence tells of a protest or of force used on a crowd.
 * A range ("250 to 300", "between 250 and 300") is read as at least its lower end; the figure's
 * text runs to who was counted.
 */
const MAY_GATHERED_PROTEST = /protest|demonstrat|rall(?:y|ies)|blockade|pepper spray|tear gas|teargas|water cannon|riot|storm(?:ed|ing)/i;
const EN_GATHERED = new RegExp(
  `\\b(?:${EN_QUALIFIER}\\s+|between\\s+|(?<![\\w-]))${EN_NUMBER}(?:\\s+(?:to|and)\\s+(\\d{1,3}(?:,\\d{3})+|\\d+))?\\s+` +
    `(?:[a-z-]+\\s+)?(?:people|demonstrators|protesters|protestors|farmers|workers|residents|supporters|activists)` +
    `(?=\\s+(?:(?:had|have|has)\\s+)?(?:gathered|assembled|massed|congregated)\\b)`,
  'g',
);

/** See EN_GATHERED. */
function gatheredCrowds(text: string, figures: FoundFigure[], covered: (at: number) => boolean): void {
  for (const m of text.matchAll(EN_GATHERED)) {
    const [, qualifier, number, upper] = m;
    const at = m.index! + m[0].indexOf(number!, qualifier ? qualifier.length : 0);
    const value = parseEnglishNumber(number!);
    if (value === null || value < 2 || covered(at) || (!qualifier && !upper && YEAR_LIKE.test(number!))) continue;
    if (upper && (parseEnglishNumber(upper) ?? 0) <= value) continue;
    const start = qualifier ? m.index! + m[0].indexOf(qualifier) : /^between\s/i.test(m[0]) ? m.index! : at;
    const end = m.index! + m[0].length;
    const approx: Approx = upper ? 'at-least' : qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: 'protesters', category: 'unrest', approx, start, end });
  }
}

/** Counts whose text runs from the qualifier (or the count) to the end of the match: see the patterns above. */
function countsThrough(
  text: string,
  pattern: RegExp,
  counted: (m: RegExpMatchArray) => [string, Category] | null,
  figures: FoundFigure[],
  covered: (at: number) => boolean,
  hasOrder = true,
): void {
  for (const m of text.matchAll(pattern)) {
    const [, qualifier, number] = m;
    const order = hasOrder ? m[3] : undefined;
    const count = (number ?? order)!;
    const at = m.index! + m[0].search(new RegExp(`\\b${count.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    if (covered(at) || (number && !qualifier && YEAR_LIKE.test(number))) continue;
    const value = number ? parseEnglishNumber(number) : EN_ORDER_VALUE[order!.toLowerCase().replace(/\s+/g, ' ')]!;
    const what = counted(m);
    if (value === null || value < 1 || !what) continue;
    const start = qualifier ? m.index! + m[0].indexOf(qualifier) : at;
    const end = m.index! + m[0].length;
    const approx: Approx = order ? 'several' : qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: what[0], category: what[1], approx, start, end });
  }
}

/** See EN_DRIVEN_HOME, EN_AMONG_THOSE and EN_CROWD_NOUN. */
export function drivenAmongAndCrowds(text: string, figures: FoundFigure[], covered: (at: number) => boolean): void {
  if (text.includes(' home') && MAY_DRIVEN_HOME.test(text)) countsThrough(text, EN_DRIVEN_HOME, () => ['displaced', 'other'], figures, covered);
  if (text.includes('among') && MAY_AMONG_THOSE.test(text)) countsThrough(text, EN_AMONG_THOSE, (m) => (m[3] ? AMONG_OUTCOME[m[3].toLowerCase()]! : null), figures, covered, false);
  if (MAY_CROWD_NOUN.test(text)) countsThrough(text, EN_CROWD_NOUN, () => ['protesters', 'unrest'], figures, covered);
  if (MAY_STREETS.test(text)) countsThrough(text, EN_INTO_STREETS, () => ['protesters', 'unrest'], figures, covered);
  if (text.includes('gathered') && MAY_GATHERED_PROTEST.test(text)) gatheredCrowds(text, figures, covered);
}

/*
 * "All five people aboard a submersible that went missing on a dive to the wreck of the Titanic
 * were killed", "the 62 passengers on board the plane were killed": a count of those aboard (on,
 * in) something, a long description of it, then the outcome. The description holds no number of
 * its own (else a count inside it, "five people in a house where two were killed", would be lost).
 */
export const MAY_ABOARD = /\b(?:aboard|on board|onboard)\b/;
const EN_ABOARD = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+(?:[a-z-]+\\s+)?(?:people|persons|passengers|crew\\s+members|crew|men|women|children|tourists|occupants|members)` +
    `\\s+(?:aboard|on\\s+board|onboard)\\s+(?![^,;:!?()]*?\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b[^,;:!?()]*?\\s+(?:were|was)\\s)` +
    `[^,;:!?()]{1,100}?\\s+(?:were|have\\s+been|had\\s+been|are)\\s+(?:(?:all\\s+|also\\s+|reportedly\\s+)?)` +
    `(killed|dead|injured|hurt|missing|rescued)\\b`,
  'g',
);
const ABOARD_OUTCOME: Record<string, [string, Category] | null> = {
  killed: ['dead', 'unrest'], dead: ['dead', 'unrest'], injured: ['injured', 'unrest'], hurt: ['injured', 'unrest'], missing: ['missing', 'unrest'], rescued: null,
};

/** See EN_ABOARD. */
export function aboardCounts(text: string, figures: FoundFigure[], covered: (at: number) => boolean): void {
  if (!MAY_ABOARD.test(text)) return;
  countsThrough(text, EN_ABOARD, (m) => ABOARD_OUTCOME[m[3]!.toLowerCase()] ?? null, figures, covered, false);
}
