import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';

/** Learn every text in order, then what the last one names: [text, actor id] pairs. */
function namedIn(texts: string[]): [string, string][] {
  const registry = createActorRegistry();
  for (const text of texts) registry.learn(text);
  return registry.find(texts.at(-1)!).map((m) => [m.text, m.actorId]);
}

describe('a bare royal title and a regnal given name stand for the monarch named in full', () => {
  it.each<[string[], [string, string][]]>([
    [
      ['King Charles III was proclaimed, two days after the death of his mother, Queen Elizabeth II.', 'The Queen died peacefully at Balmoral.'],
      [['The Queen', 'elizabeth-ii']],
    ],
    // "the Queen Consort" is another royal.
    [
      ['King Charles III was proclaimed, two days after the death of his mother, Queen Elizabeth II.', 'The King and the Queen Consort, Camilla, were cheered.'],
      [['The King', 'charles-iii']],
    ],
    // The given name alone, not when it starts another name.
    [
      ['King Charles III was proclaimed.', 'Charles paid tribute to his mother. Charles Michel sent condolences.'],
      [['Charles', 'charles-iii'], ['Charles Michel', 'charles-michel']],
    ],
    // Without the full name written with its title, nothing is learned.
    [['Charles III was proclaimed.', 'The Queen died.'], []],
  ])('%j', (texts, expected) => expect(namedIn(texts)).toEqual(expected));
});

describe('English names learned from an apposition and from a list after a plural title', () => {
  it.each<[string, string[]]>([
    ['Kevin Rojek, the special agent in charge of the FBI’s Pittsburgh field office, told reporters late Saturday.', ['Kevin Rojek', 'FBI']],
    ['Trump campaign advisers Susie Wiles and Chris LaCivita said in a statement.', ['Trump', 'Susie Wiles', 'Chris LaCivita']],
    // The gazetteer knows Reagan.
    ['The shooting was the first since Ronald Reagan was wounded in 1981.', ['Ronald Reagan']],
  ])('%s', (text, expected) => expect(namedIn([text]).map(([t]) => t)).toEqual(expected));
});

describe('a company named in full, then without its trade word', () => {
  it.each<[string[], string[]]>([
    [['長榮海運（Evergreen Marine）租用的貨櫃輪卡在運河。', '長榮表示，長榮是論時傭船的租船人。'], ['長榮', '長榮']],
    // With its country first (日本正榮汽船), it is later named without the country.
    [['長賜輪由日本正榮汽船（Shoei Kisen Kaisha）所有。', '正榮汽船25日曾發表聲明。'], ['正榮汽船']],
  ])('%j', (texts, expected) => {
    const registry = createActorRegistry();
    for (const text of texts) registry.learn(text);
    const found = registry.find(texts.at(-1)!);
    expect(found.map((m) => m.text)).toEqual(expected);
    // The company as first named in full (長榮海運, 日本正榮汽船), not a country inside it.
    const first = registry.find(texts[0]!).find((m) => m.text.length >= 4);
    expect(new Set(found.map((m) => m.actorId))).toEqual(new Set([first!.actorId]));
  });
});
