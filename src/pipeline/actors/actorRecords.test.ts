import { describe, expect, it } from 'vitest';
import { learnedActor, learnedEnglishName, type LearnedActor } from './actorRecords.ts';

const learned = (over: Partial<LearnedActor>): LearnedActor => ({
  id: 'some-id',
  zh: null,
  kind: 'person',
  latin: new Set(),
  countries: new Set(),
  ...over,
});

describe('learnedEnglishName', () => {
  // Each case would fail were the shortcut to name the actor otherwise than its full record does.
  it.each([
    ['a Chinese name read through pinyin', learned({ zh: '汪文斌' }), 'Wang Wenbin'],
    ['a transliteration read back', learned({ zh: '托卡耶夫' }), 'Tokayev'],
    ['the longest Latin spelling over the reading', learned({ zh: '托卡耶夫', latin: new Set(['Tokayev', 'Kassym-Jomart Tokayev']) }), 'Kassym-Jomart Tokayev'],
    ['Latin spellings of one length: alphabetical', learned({ latin: new Set(['Lee B', 'Lee A']) }), 'Lee A'],
    ['a Japanese name with no Latin spelling', learned({ zh: '坂本雅信', japanese: true }), 'Banben Yaxin'],
    ['a body keeps its Chinese name', learned({ zh: '某某研究所', kind: 'organisation' }), '某某研究所'],
    ['no name at all: the id', learned({}), 'some-id'],
  ])('%s', (_, actor, name) => {
    expect(learnedEnglishName(actor)).toBe(name);
    expect(learnedActor(actor, []).names.en).toBe(name);
    expect(learnedActor(actor, []).name).toBe(name);
  });
});
