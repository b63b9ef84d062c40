import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';
import { nameAfterTitle } from './learn.ts';
import { foldText } from '../text/fold.ts';

/** Learn the texts in order, then what the registry finds in the last one and the actors the texts introduced. */
function learned(...texts: string[]) {
  const registry = createActorRegistry();
  for (const text of texts) registry.learn(text);
  const text = texts[texts.length - 1]!;
  const found = registry.find(text);
  return {
    ids: found.map((m) => m.actorId),
    names: found.map((m) => registry.get(m.actorId)?.name),
    zh: registry.actors().filter((a) => a.origin === 'text').map((a) => a.names?.['zh-Hans']),
  };
}
const none = () => false;

describe('a known short name inside a longer transliterated one', () => {
  it.each([
    // 鲁拉 (Lula) inside a longer transliteration nobody named: not Lula.
    ['领导人纳斯卢拉周四将发表讲话', 'lula-da-silva', false],
    ['真主党领导人纳斯鲁拉发表讲话', 'lula-da-silva', false],
    // After a word that ends on its own (a country, a title, a comma), the name is read.
    ['巴西总统卢拉表示', 'lula-da-silva', true],
    ['巴西卢拉政府表示', 'lula-da-silva', true],
    ['他会见了卢拉', 'lula-da-silva', true],
  ])('%s: %s %s', (text, id, found) => {
    expect(learned(text).ids.includes(id)).toBe(found);
  });

  it('reads Nasrallah and Mikati from the gazetteer', () => {
    expect(learned('真主党领导人纳斯鲁拉周四将发表讲话').names).toContain('Nasrallah');
    expect(learned('黎巴嫩看守政府总理米卡提前天谴责爆炸事件').names).toContain('Mikati');
  });
});

describe('a transliterated name running into a date word', () => {
  it.each([
    // 提 would stop a Chinese name (提出), but the transliteration runs on to 前天, which ends the name.
    ['总理米萨提前天谴责', '米萨提'],
    ['发言人米勒前天说', '米勒'],
    // A Chinese name stops before 前天 too (not 张伟前).
    ['部长张伟前天表示', '张伟'],
  ])('%s → %s', (text, name) => {
    const folded = foldText(text);
    const at = folded.search(/总理|发言人|部长/) + (text.startsWith('发言人') ? 3 : 2);
    expect(nameAfterTitle(folded, at, none)).toBe(name);
  });
});

describe('Georgian names and titles of wealth', () => {
  it.each([
    // 祖 spells zu: the whole transliteration is the name, not 祖拉比 (a surname and two characters) and 什维利.
    ['持親歐立場的總統祖瓦什維利（Zuva Shvili）上週六表示', '祖瓦什维利'],
    ['駐保加利亞大使別爾傑尼什維利（Otar Berdzenishvili）11月29日率先宣布辭職', '别尔杰尼什维利'],
    // 亿万富翁 (billionaire) is a title before a name, not part of it.
    ['格魯吉亞夢想黨由億萬富翁伊萬尼什維利（Bidzina Ivanishvili）創立', '伊万尼什维利'],
  ])('%s → %s', (text, zh) => {
    const { zh: all } = learned(text);
    expect(all).toContain(zh);
    expect(all.every((name) => name === zh)).toBe(true);
  });
});

describe('a knight or dame named by the honorific and the given name', () => {
  it.each([
    [['Prime Minister Sir Keir Starmer said on Monday that an army would be ready.', 'Sir Keir chaired a meeting of Cobra.'], 'keir-starmer', true],
    [['Prime Minister Sir Keir Starmer said on Monday.', 'In a statement, Sir Keir said: "No."'], 'keir-starmer', true],
    // Never seen with the surname: nobody.
    [['Sir Keir chaired a meeting of Cobra.'], 'keir-starmer', false],
  ])('%j → %s', (texts, id, found) => {
    expect(learned(...texts).ids.includes(id)).toBe(found);
  });

  it('leaves a given name two knights share to neither', () => {
    const { ids } = learned('Sir Keir Starmer met Sir Keir Lammy.', 'Sir Keir said so.');
    expect(ids).not.toContain('keir-starmer');
  });
});
