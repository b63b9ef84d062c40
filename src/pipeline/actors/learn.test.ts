import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { acronymIntroductions, looksLikeTerm, nameAfterTitle, verbAt } from './learn.ts';

describe('acronymIntroductions', () => {
  const intros = (text: string) => acronymIntroductions(text, foldText(text));
  it.each([
    // "of" may give a letter (the O of ECOWAS)…
    ['leaders of the Economic Community of West African States (ECOWAS) met', 'Economic Community of West African States', 'ECOWAS'],
    // …or none (no F in SADC).
    ['the Southern African Development Community (SADC) said', 'Southern African Development Community', 'SADC'],
    ['members of the North Atlantic Treaty Organization (NATO) agreed', 'North Atlantic Treaty Organization', 'NATO'],
    ['the Organization for Security and Co-operation in Europe (OSCE) sent', 'Organization for Security and Co-operation in Europe', 'OSCE'],
    // A hyphenated word may give a letter for each part.
    ['at the Asia-Pacific Economic Cooperation (APEC) summit', 'Asia-Pacific Economic Cooperation', 'APEC'],
  ])('%s → %s', (text, name, acronym) => {
    expect(intros(text)).toEqual([{ name, acronym }]);
  });

  it.each([
    ['a wire report said on Sunday (AFP)'], // initials do not spell it
    ['Meeting in Abuja, Nigeria (NG)'], // a name does not run across a comma
    ['the coalition (ECOWAS) met'], // no capitalised words before it
    ['the Union (U) met'], // one letter is no acronym
    ['国家安全委员会（NSC）说'], // Chinese before the bracket is learnBrackets' business
  ])('nothing in %s', (text) => {
    expect(intros(text)).toEqual([]);
  });
});

describe('nameAfterTitle', () => {
  const never = () => false;
  const after = (text: string, title: string, japanese = false) => {
    const folded = foldText(text);
    return nameAfterTitle(folded, folded.indexOf(foldText(title)) + title.length, never, japanese);
  };
  it.each([
    // A common surname takes an ending that transliterations use (维), in a Chinese name.
    ['助理研究员李哲维接受访问', '研究员', false, '李哲维'],
    // A Japanese title takes a name whose family name is no Chinese surname.
    ['日本防卫大臣岸信夫4日召开记者会', '防卫大臣', true, '岸信夫'],
    ['日本防衛大臣岸信夫召開臨時記者會', '防衛大臣', true, '岸信夫'],
    ['官房长官松野博一表示', '官房长官', true, '松野博一'],
    ['日本外相林芳正出席会议', '外相', true, '林芳正'],
    // Only a Japanese title: after another one the same characters are no name.
    ['部长岸信夫召开记者会', '部长', false, null],
    // Nothing plainly ends the run within four characters: a phrase, not a name.
    ['防卫大臣发布声明', '防卫大臣', true, null],
    ['防卫大臣一职空缺', '防卫大臣', true, null],
    // A verb right after the title, though its first character is a surname (宣).
    ['医生和护士宣布停止为军政府工作', '护士', false, null],
    ['护士宣称停止工作', '护士', false, null],
    // An unknown name ends where a verb starts.
    ['发言人王明召开记者会', '发言人', false, '王明'],
  ])('%s after %s (japanese %s) → %s', (text, title, japanese, expected) => {
    expect(after(text, title, japanese)).toBe(expected);
  });
});

describe('verbAt', () => {
  it.each([
    ['宣布停止', 0, true],
    ['王毅表示', 2, true],
    ['王毅表示', 1, false],
    ['中美通电话', 2, true],
  ])('%s at %i → %s', (text, pos, expected) => {
    expect(verbAt(text, pos)).toBe(expected);
  });
});

describe('looksLikeTerm', () => {
  it.each([
    ['专属经济海域', true],
    ['专属经济区', true],
    ['反外国制裁法', true],
    ['不扩散核武器条约', true],
    ['国内生产总值', true],
    ['欧亚开发银行', false],
    ['政治犯援助协会', false],
    ['人权观察', false],
  ])('%s → %s', (zh, expected) => {
    expect(looksLikeTerm(zh)).toBe(expected);
  });
});
