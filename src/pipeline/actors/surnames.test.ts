import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/schema.ts';
import { capitalisedWords, SurnameMemory } from './surnames.ts';

const person = (id: string, en: string, zh: string): Actor => ({
  id, name: en, kind: 'person', names: { 'zh-Hans': zh, 'zh-Hant': zh, en }, aliases: [],
});
const WANG_YI = person('wang-yi', 'Wang Yi', '王毅');
const WANG_WENBIN = person('wang-wenbin', 'Wang Wenbin', '汪文斌');
const PRICE = person('ned-price', 'Ned Price', '普莱斯');
const SEITKALI = person('seitkali', 'Daniyar Seitkali', '达尼亚尔·塞特卡利');

const found = (memory: SurnameMemory, sentence: string) => memory.complete(sentence, []).map((m) => [m.text, m.actorId]);

describe('SurnameMemory', () => {
  it('reads a bare surname as the person of the article who bears it', () => {
    const memory = new SurnameMemory();
    [WANG_YI, PRICE, SEITKALI].forEach((a) => memory.remember(a));
    expect(found(memory, 'Wang also spoke with Tileuberdi, Price said.')).toEqual([['Wang', 'wang-yi'], ['Price', 'ned-price']]);
    expect(found(memory, '“It is over,” Seitkali said.')).toEqual([['Seitkali', 'seitkali']]);
  });

  it('puts the family name first for Chinese names and last for others', () => {
    const memory = new SurnameMemory();
    [WANG_YI, PRICE].forEach((a) => memory.remember(a));
    expect(found(memory, 'Yi and Ned arrived.')).toEqual([]);
  });

  it('reads the last part of one hyphenated name alone', () => {
    const memory = new SurnameMemory();
    memory.remember(person('zaman', 'Waker-Uz-Zaman', '瓦克尔-乌兹-扎曼'));
    expect(found(memory, 'Zaman said he had met leaders of the main parties.')).toEqual([['Zaman', 'zaman']]);
    expect(found(memory, 'Uz arrived.')).toEqual([]);
  });

  it('reads a surname two people share as no one', () => {
    const memory = new SurnameMemory();
    memory.remember(WANG_YI);
    memory.remember(WANG_WENBIN);
    expect(found(memory, 'Wang said so.')).toEqual([]);
  });

  it('leaves Chinese text and lower-case words alone', () => {
    const memory = new SurnameMemory();
    memory.remember(PRICE);
    expect(found(memory, '普莱斯说 Price')).toEqual([]);
    expect(found(memory, 'the price rose')).toEqual([]);
  });
});

describe('SurnameMemory: which word of a Western, Korean or Chinese name is the surname', () => {
  it.each([
    // 麦卡锡 looks like a Chinese name, but Kevin McCarthy keeps the Western order; Mc inside the word.
    [person('kevin-mccarthy', 'Kevin McCarthy', '麦卡锡'), 'Biden and McCarthy sealed the agreement', 'McCarthy'],
    // A one-syllable first word keeps the family name first (Korean, Chinese).
    [person('yoon', 'Yoon Suk Yeol', '尹锡悦'), 'Yoon convened a meeting', 'Yoon'],
    [WANG_YI, 'Wang also spoke', 'Wang'],
    // A hyphenated given name last: family name first.
    [person('ma', 'Ma Ying-jeou', '马英九'), 'Ma arrived', 'Ma'],
    // Other capitalised prefixes inside a surname.
    [person('obrien', 'Robert O’Brien', '奥布莱恩'), 'O’Brien said', 'O’Brien'],
    [person('desantis', 'Ron DeSantis', '德桑蒂斯'), 'DeSantis said', 'DeSantis'],
  ])('%j: %s → %s', (actor, sentence, surname) => {
    const memory = new SurnameMemory();
    memory.remember(actor);
    expect(found(memory, sentence).map(([text]) => text)).toEqual(surname.length >= 3 ? [surname] : []);
  });
});

describe('capitalisedWords', () => {
  const CAPITALISED = /\b(?:[A-Z][a-z]{0,2}(?=[A-Z][a-z])|O[’'](?=[A-Z]))?[A-Z][a-z]+(?:[-’'][A-Za-z]+)?\b/g;
  it.each([
    ['Biden and McCarthy sealed the deal, DeSantis said.', ['Biden', 'McCarthy', 'DeSantis']],
    ["O’Brien met O'Neill and Al-Burhan in Khartoum", ['O’Brien', "O'Neill", 'Al-Burhan', 'Khartoum']],
    ['no capitals here', []],
    ['拜登表示 Biden said', []],
    ['', []],
  ])('%j', (sentence, words) => {
    // Twice: the second answer is the kept one.
    for (let k = 0; k < 2; k++) {
      expect(capitalisedWords(sentence).map((w) => w.text)).toEqual(words);
      if (!/[\u4e00-\u9fff]/.test(sentence)) expect(capitalisedWords(sentence)).toEqual([...sentence.matchAll(CAPITALISED)].map((m) => ({ text: m[0], start: m.index })));
    }
  });
});
