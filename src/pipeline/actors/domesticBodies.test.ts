import { describe, expect, it } from 'vitest';
import { homeCountryOf, withDomesticBodies } from './domesticBodies.ts';

const countries: Record<string, string> = { biden: 'united-states', mccarthy: 'united-states', 'white-house': 'united-states', sunak: 'united-kingdom', scholz: 'germany' };
const countryOf = (id: string) => countries[id] ?? null;

describe('the country an article is about', () => {
  it.each<[string[], string | null]>([
    [['biden', 'mccarthy', 'white-house'], 'united-states'],
    [['biden', 'mccarthy', 'sunak'], 'united-states'],
    // One actor is too few, and a tie names no country.
    [['biden'], null],
    [['biden', 'mccarthy', 'sunak', 'scholz', 'scholz'], null],
    [['someone-unknown', 'biden'], null],
  ])('%j → %s', (ids, home) => expect(homeCountryOf(ids, countryOf)).toBe(home));
});

describe('"the Senate" and "the House" in an article about their country', () => {
  const forms = [{ form: 'Senate', actorId: 'us-senate', country: 'united-states' }, { form: 'House', actorId: 'us-house', country: 'united-states' }];
  const found = (text: string, home: string | null) => withDomesticBodies(text, [], forms, () => home).map((m) => `${m.text}=${m.actorId}`);
  it.each<[string, string | null, string[]]>([
    ['The Senate passed the bill, and the House approved it on Wednesday.', 'united-states', ['The Senate=us-senate', 'the House=us-house']],
    // Another country's article, "of", a longer name, a word that only starts like one: nobody.
    ['The Senate passed the bill.', 'united-kingdom', []],
    ['The House of Commons voted on Tuesday.', 'united-states', []],
    ['The Housing ministry said so.', 'united-states', []],
    ['Senate leaders met.', 'united-states', []],
  ])('%s (%s) → %j', (text, home, expected) => expect(found(text, home)).toEqual(expected));
});
