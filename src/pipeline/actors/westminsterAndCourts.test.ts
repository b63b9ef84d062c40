import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';
import { latinNameBeforeAsTitle, listedChineseNames, nameAfterTitle, namesBeforeTitles } from './learn.ts';
import { roleLexicon } from './roles.ts';
import { foldText } from '../text/fold.ts';

/** Learn a text, then what the registry finds in it and the actors the text introduced. */
function learned(text: string) {
  const registry = createActorRegistry();
  registry.learn(text);
  const found = registry.find(text);
  return { found, ids: found.map((m) => m.actorId), fromText: registry.actors().filter((a) => a.origin === 'text') };
}

const none = () => false;

describe('British job titles in an apposition', () => {
  it.each([
    ['in which her then chancellor, Kwasi Kwarteng, announced tax cuts', 'Kwasi Kwarteng', 'Chancellor of the Exchequer'],
    ['the home secretary, Jane Roe, said', 'Jane Roe', 'Home Secretary'],
    ['his former transport secretary, John Doe, said', 'John Doe', 'Former Transport Secretary'],
    // An organisation's abbreviation with dots stands between the possessive and the title.
    ['Israel’s U.N. ambassador, Gilad Erdan, demanded a meeting', 'Gilad Erdan', 'Ambassador'],
  ])('%s → %s', (text, name, role) => {
    const { found, fromText } = learned(text);
    expect(fromText.map((a) => a.name)).toContain(name);
    expect(found.find((m) => m.text === name)?.role?.en).toBe(role);
  });

  it('keeps the German chancellor a head of government', () => {
    const text = 'German Chancellor Olaf Scholz said';
    const hit = roleLexicon.roleBefore(foldText(text), text.indexOf('Olaf'));
    expect(hit?.role).toEqual({ zh: '总理', en: 'Chancellor' });
  });
});

describe('a name given or leaving a title after "as"', () => {
  it.each([
    ['Suella Braverman resigned as home secretary, admitting a breach', 'Suella Braverman'],
    ['Hours later, Truss appointed Grant Shapps as home secretary.', 'Grant Shapps'],
    ['Kwasi Kwarteng sacked as chancellor after 38 days', 'Kwasi Kwarteng'],
    ['On Monday Jane Roe stepped down as foreign secretary', 'Jane Roe'],
    ['Sir Graham Brady was appointed as the new chief whip', 'Graham Brady'],
  ])('%s → %s', (text, name) => {
    const title = roleLexicon.titlesIn(foldText(text)).at(-1)!;
    expect(latinNameBeforeAsTitle(text, title.start)).toBe(name);
  });

  it.each([
    // No verb that gives or takes the office: a place or a phrase, not a holder.
    'Andrew Cuomo served New York as governor',
    'after 38 days as chancellor',
    'countries such as Foreign Secretary',
    'The Bank of England was named as chancellor',
  ])('%s → nobody', (text) => {
    const title = roleLexicon.titlesIn(foldText(text)).at(-1)!;
    const name = latinNameBeforeAsTitle(text, title.start);
    if (text.startsWith('Andrew')) expect(name).toBeNull();
    else if (text.startsWith('The Bank')) expect(learned(text).fromText).toEqual([]);
    else expect(name).toBeNull();
  });

  it('learns the holder and then their surname alone', () => {
    const registry = createActorRegistry();
    registry.learn('Suella Braverman resigned as home secretary.');
    registry.learn('Braverman said she had made a mistake.');
    expect(registry.find('Braverman said she had made a mistake.').map((m) => m.text)).toEqual(['Braverman']);
  });
});

describe('Chinese names written before their title (Hong Kong usage)', () => {
  it.each([
    ['负责审理此案的陈静芬法官昨天在宣判时表示', ['陈静芬']],
    ['李国强教授说', ['李国强']],
    ['代表被告的，欧阳振华律师指出', ['欧阳振华']],
    // A surname with its title is no name; a phrase before the title is none either.
    ['在场的退休人士陈先生接受访问时说', []],
    ['的主审法官表示', []],
    ['香港律师会表示', []],
  ])('%s → %j', (text, names) => {
    expect(namesBeforeTitles(foldText(text), none)).toEqual(names);
  });

  it('learns the judge as a person', () => {
    const { fromText } = learned('负责审理此案的陈静芬法官昨天（29日）在宣判时表示');
    expect(fromText.map((a) => [a.names['zh-Hans'], a.kind])).toEqual([['陈静芬', 'person']]);
  });
});

describe('a name read after a title stops at a date word', () => {
  it.each([
    ['首席执行官肖恩周一晚间接受采访', '首席执行官', '肖恩'],
    ['发言人王明本周表示', '发言人', '王明'],
    ['加利福尼亚州州长纽瑟曼等到机场迎接', '州长', '纽瑟曼'],
  ])('%s → %s', (text, title, name) => {
    const folded = foldText(text);
    expect(nameAfterTitle(folded, folded.indexOf(title) + title.length, none)).toBe(name);
  });
});

describe('a title heading a list of names', () => {
  it.each([
    ['法官杜丽冰、李运腾及李素兰组成合议庭', '杜丽冰', ['李运腾', '李素兰']],
    ['外长王毅和美国国务卿会谈', '王毅', []],
  ])('%s', (text, first, rest) => {
    const folded = foldText(text);
    const startsWord = (p: number) => folded.startsWith('美国', p);
    expect(listedChineseNames(folded, folded.indexOf(first) + first.length, startsWord)).toEqual(rest);
  });

  it('learns every judge of the panel, in traditional characters too', () => {
    const { fromText } = learned('由國安法指定法官杜麗冰、李運騰及李素蘭組成的三人合議庭審理');
    expect(fromText.map((a) => a.names['zh-Hant']).sort()).toEqual(['李素蘭', '李運騰', '杜麗冰']);
  });
});

describe('founders and prosecutors', () => {
  it.each([
    ['壹傳媒創辦人黎智英', '黎智英', 'Founder'],
    ['副刑事檢控專員周天行反駁', '周天行', 'Deputy Director of Public Prosecutions'],
  ])('%s → %s (%s)', (text, name, role) => {
    const { found } = learned(text);
    expect(found.find((m) => m.text === name)?.role?.en).toBe(role);
  });
});

describe('bodies and offices any British, Hong Kong or Iran story names', () => {
  it.each([
    ['On 28 September the Bank of England launched a bond-buying programme', 'bank-of-england'],
    ['Downing Street said in the early hours of Thursday', 'downing-street'],
    ['要求港府終止檢控', 'hong-kong-government'],
    ['特區政府今日表示', 'hong-kong-government'],
    ['Iran’s Revolutionary Guard said', 'irgc'],
    ['英國外相卡梅倫昨日發表聲明', 'david-cameron'],
    ['中国现代国际关系研究院美国研究所研究员', 'cicir'],
    ['Its operator, MSC, said 25 crew members were aboard.', 'msc'],
    ['現年76歲的黎智英自2020年12月起一直還押', 'jimmy-lai'],
    ['加利福尼亚州州长纽森等到机场迎接', 'gavin-newsom'],
    ['Truss appointed Jeremy Hunt in his place.', 'jeremy-hunt'],
  ])('%s → %s', (text, id) => {
    expect(learned(text).ids).toContain(id);
  });

  it.each([
    // Where someone goes or stands, Downing Street is a street.
    'Truss summoned Sir Graham Brady to Downing Street.',
    'Speaking outside No 10 at about 1.30pm, Truss said',
    // Macau's government is not Hong Kong's.
    '澳门特区政府同日也宣布',
  ])('%s names neither Downing Street nor Hong Kong’s government', (text) => {
    const { ids } = learned(text);
    expect(ids).not.toContain('downing-street');
    expect(ids).not.toContain('hong-kong-government');
  });
});

describe('an unknown body with no English name', () => {
  it('keeps its Chinese name rather than a run-together pinyin, and calls it no guess', () => {
    const body = learned('据缅甸政治犯援助协会统计').fromText.find((a) => a.kind === 'organisation');
    expect(body?.name).toBe('缅甸政治犯援助协会');
    expect(body?.nameIsGuess).toBeUndefined();
  });

  it('still reads a person’s name in pinyin', () => {
    expect(learned('外交部发言人汪明表示').fromText.map((a) => a.name)).toEqual(['Wang Ming']);
  });
});

describe('people learned from court and state titles', () => {
  it.each([
    ['A three-member bench headed by Chief Justice Umar Ata Bandial and comprising Justice Muhammad Ali Mazhar ordered', 'Umar Ata Bandial', 'Chief Justice'],
    ['A day earlier, IHC Chief Justice Aamer Farooq had declared the arrest legal', 'Aamer Farooq', 'Chief Justice'],
    ['Lt. Gov. Sylvia Luke, who was acting governor, issued an emergency proclamation', 'Sylvia Luke', 'Lieutenant Governor'],
    ['Gov. Josh Green said the number would keep climbing', 'Josh Green', 'Governor'],
    ['Capt. Aja Kirksey, commander of Coast Guard Sector Honolulu, said Friday', 'Aja Kirksey', 'Captain'],
  ])('%s → %s', (text, name, role) => {
    const { found, fromText } = learned(text);
    expect(fromText.map((a) => a.name)).toContain(name);
    expect(found.find((m) => m.text === name)?.role?.en).toBe(role);
  });
});
