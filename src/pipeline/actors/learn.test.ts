import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import {
  acronymIntroductions,
  apposedLatinName,
  introducedLatinNames,
  latinNameAfterTitle,
  looksLikeTerm,
  nameAfterTitle,
  photoCredits,
  verbAt,
} from './learn.ts';

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
    // A middle dot joins a foreign name's parts, whatever characters spell them, up to a particle or verb.
    ['乌鲁木齐市长麦尔丹·木盖提在新闻发布会上道歉', '市长', false, '麦尔丹·木盖提'],
    ['自治区主席艾尔肯·吐尼亚孜说', '主席', false, '艾尔肯·吐尼亚孜'],
    ['外长谢尔盖·拉夫罗夫表示', '外长', false, '谢尔盖·拉夫罗夫'],
    // 提 spells ti, but 提出 is a verb.
    ['市长麦尔丹·木盖提出方案', '市长', false, '麦尔丹·木盖'],
    // A dot with nothing after it joins nothing.
    ['市长麦尔丹·在会上', '市长', false, '麦尔丹'],
    // 周 is a surname, but 周五 after a word for people is when they did it.
    ['数千名示威者周五在首都举行抗议', '示威者', false, null],
    ['示威者週日再次聚集', '示威者', false, null],
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
    // Verbs of police action: 施 is a surname, 施放 is no name.
    ['向示威者施放催泪弹', 4, true],
    ['警方发射布袋弹', 2, true],
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

describe('latinNameAfterTitle', () => {
  const after = (text: string, title: string) => latinNameAfterTitle(text, text.indexOf(title) + title.length);
  it.each([
    ['Foreign Minister Jane Doe said', 'Foreign Minister', 'Jane Doe'],
    // A possessive ends the name and is dropped, so the bare surname can match later.
    ['President Mohammed Shahabuddin’s office said', 'President', 'Mohammed Shahabuddin'],
    ["President Mohammed Shahabuddin's office said", 'President', 'Mohammed Shahabuddin'],
    // One hyphenated word, every part capitalised, is a whole name.
    ['army chief Gen. Waker-Uz-Zaman announced', 'Gen.', 'Waker-Uz-Zaman'],
    ['Gen. Waker-Uz-Zaman’s address', 'Gen.', 'Waker-Uz-Zaman'],
    // One plain word is no name, nor one word with a possessive.
    ['President Biden said', 'President', null],
    // A Spanish name with both family names: four words, when an accent marks it and the name ends there.
    ['Mexican President Andrés Manuel López Obrador expressed his condemnation', 'President', 'Andrés Manuel López Obrador'],
    ['President Nicolás Maduro Moros said', 'President', 'Nicolás Maduro Moros'],
    ['President Biden Says Ceasefire Will Hold', 'President', 'Biden Says Ceasefire'],
    ['President Joe Biden Says Ceasefire', 'President', 'Joe Biden Says'],
    ['President Biden’s Office said', 'President', null],
    ['General Anti-war protests', 'General', null],
  ])('%s after %s → %s', (text, title, expected) => {
    expect(after(text, title)).toBe(expected);
  });
});

describe('apposedLatinName', () => {
  const apposed = (text: string, title: string) => apposedLatinName(text, text.indexOf(title), text.indexOf(title) + title.length);
  it.each([
    // British style: a definite title, then the name between commas.
    ['The defence secretary, Ben Wallace, said', 'defence secretary', 'Ben Wallace'],
    ['Ukraine’s president, Volodymyr Zelensky, said', 'president', 'Volodymyr Zelensky'],
    ['the British foreign secretary, Liz Truss, said', 'foreign secretary', 'Liz Truss'],
    // Not definite: a list of people, not the holder.
    ['a president, Jane Doe, and others', 'president', null],
    // Not closed by a comma, or one word only, or no name.
    ['the president, Jane Doe said', 'president', null],
    ['the president, Biden, said', 'president', null],
    ['the president, The Guardian, reported', 'president', null],
  ])('%s after %s → %s', (text, title, expected) => {
    expect(apposed(text, title)).toBe(expected);
  });
});

describe('introducedLatinNames', () => {
  it.each([
    ['“We trust him,” Nahid Islam, a key coordinator of the protests, said.', ['Nahid Islam']],
    ['Jane Doe, 34, a teacher, said', ['Jane Doe']],
    ['But Jane Doe, the group’s spokeswoman, said', ['Jane Doe']],
    // Not a person noun at the head of the apposition.
    ['In New Delhi, the capital, officials said', []],
    ['Acme Steel Works, the country’s chief supplier, said', []],
    // One word, a day or a sentence opener, a possessive, a number too big for an age.
    ['Yunus, 84, who won the Nobel Peace Prize', []],
    ['Earlier Tuesday, the leader said', []],
    ['Hasina’s Office, a spokesman said', []],
    ['Route Nine, 400, the officer said', []],
    // The tail of a longer capitalised run is the title path's business.
    ['Prime Minister Sheikh Hasina, 76, resigned', []],
  ])('%s → %j', (text, expected) => {
    expect(introducedLatinNames(text)).toEqual(expected);
  });
});

describe('photoCredits', () => {
  const credited = (text: string) => photoCredits(text).map((c) => text.slice(c.start, c.end));
  it.each([
    ['Protesters storm the residence on Monday. (AP Photo/Tanvir Ahmed)', ['(AP Photo/Tanvir Ahmed)']],
    ['Police fire tear gas in Dhaka. (Reuters/Jane Doe)', ['(Reuters/Jane Doe)']],
    ['Police fire tear gas in Dhaka. REUTERS/Stringer', ['REUTERS/Stringer']],
    ['Police fire tear gas in Dhaka (Photo: Reuters)', ['(Photo: Reuters)']],
    ['示威者与防暴警察对峙。（新华社记者李鑫摄）', ['（新华社记者李鑫摄）']],
    // A bracket right after a name spells it; an agency credit of a story is no photo credit.
    ['总统托卡耶夫（Tokayev/Tokajew）宣布', []],
    ['DHAKA, Bangladesh (AP) — The president said', []],
    ['the 50/50 split', []],
  ])('%s → %j', (text, expected) => {
    expect(credited(text)).toEqual(expected);
  });
});
