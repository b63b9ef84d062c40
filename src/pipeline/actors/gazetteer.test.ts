import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { allEntries, blockerWords, countries, institutions, organisations, people, places, roles } from './gazetteer.ts';

const formsOf = (e: (typeof allEntries)[number]) => [
  e.names['zh-Hans'],
  e.names['zh-Hant'],
  e.names.en,
  e.name,
  ...e.aliases,
  ...(e.demonyms ?? []),
  ...(e.standalone ?? []),
  ...(e.capitals ?? []),
];

describe('gazetteer data', () => {
  it('covers every UN member and the common others, and a few hundred people and bodies', () => {
    expect(countries.length).toBeGreaterThanOrEqual(193 + 5);
    expect(organisations.length).toBeGreaterThanOrEqual(80);
    expect(people.length).toBeGreaterThanOrEqual(250);
    for (const id of ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan', 'taiwan', 'palestine', 'vatican']) {
      expect(countries.map((c) => c.id)).toContain(id);
    }
  });

  it('gives every entry a stable slug id, an English name and both Chinese forms', () => {
    const ids = allEntries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of allEntries) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.name.trim()).not.toBe('');
      expect(e.names.en.trim()).not.toBe('');
      expect(e.names['zh-Hans']).toMatch(/[\u4e00-\u9fff]/);
      expect(e.names['zh-Hant']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('points people and bodies at countries that exist', () => {
    const countryIds = new Set(countries.map((c) => c.id));
    // A country's own English name for a body (US Treasury) is keyed by the country's id.
    for (const body of institutions) for (const id of Object.keys(body.names ?? {})) expect(countryIds, `${body.id}: ${id}`).toContain(id);
    for (const e of [...people, ...organisations]) if (e.country) expect(countryIds, `${e.id}: ${e.country}`).toContain(e.country);
  });

  it('never gives one written form to two actors, nor to a blocker', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of allEntries) {
      for (const form of formsOf(e)) {
        const key = foldText(form);
        const other = owner.get(key);
        if (other && other !== e.id) clashes.push(`${form}: ${other} / ${e.id}`);
        owner.set(key, e.id);
      }
    }
    for (const word of [...blockerWords.map((b) => b.word), ...places]) {
      const actor = owner.get(foldText(word));
      if (actor) clashes.push(`blocker ${word} is ${actor}`);
    }
    expect(clashes).toEqual([]);
  });

  it('has short forms of one character only, each with a context', () => {
    for (const c of countries.filter((c) => c.short)) {
      expect(c.short).toHaveLength(1);
      expect(c.shortContexts?.length).toBeGreaterThan(0);
    }
  });

  it('has one entry per role title, and institutions with suffixes', () => {
    const titles = roles.map((r) => r.zh);
    expect(new Set(titles).size).toBe(titles.length);
    expect(institutions.map((i) => i.suffix)).toContain('外交部');
  });
});
