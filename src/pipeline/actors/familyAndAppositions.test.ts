import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { createActorRegistry } from './index.ts';
import { apposedLatinName, nameAfterTitle } from './learn.ts';
import { isChineseName, surnameLength } from './names.ts';

/** Each paragraph learned, then the actor ids found in the last one. */
function found(...paragraphs: string[]) {
  const registry = createActorRegistry();
  for (const p of paragraphs) registry.learn(p);
  for (const p of paragraphs.slice(0, -1)) registry.find(p);
  return registry.find(paragraphs[paragraphs.length - 1]!).map((m) => [m.actorId.replace(/-[0-9a-f]{4}$/, ''), m.text]);
}

describe('British ranks written without full stops', () => {
  it.each([
    ['The Israeli military’s chief spokesperson, Rear Adm Daniel Hagari, said on Sunday', 'Daniel Hagari', 'Rear Admiral'],
    ['Maj Gen Patrick Ryder told reporters', 'Patrick Ryder', 'Major General'],
    ['Lt Col Richard Kemp said', 'Richard Kemp', 'Lieutenant Colonel'],
    ['Vice Adm Brad Cooper said', 'Brad Cooper', 'Vice Admiral'],
    ['Brig Gen Pat Ryder said', 'Pat Ryder', 'Brigadier General'],
    ['Rear Adm. Daniel Hagari said', 'Daniel Hagari', 'Rear Admiral'],
    // AP's abbreviated governor, after the place governed.
    ['“Many are still trapped,” Ishikawa Gov. Hiroshi Hase told a meeting.', 'Hiroshi Hase', 'Governor'],
  ])('%s → %s (%s)', (text, name, role) => {
    const registry = createActorRegistry();
    registry.learn(text);
    const mention = registry.find(text).find((m) => m.text === name);
    expect(mention?.role?.en).toBe(role);
  });
});

describe('British apposition: a portfolio word or an "of" phrase after the title', () => {
  const apposed = (text: string, title: string) => apposedLatinName(text, text.indexOf(title), text.indexOf(title) + title.length);
  it.each([
    ['the commander of Hamas’s armed wing, Mohammed Deif, announced', 'commander', 'Mohammed Deif'],
    ['On Saturday the energy minister, Israel Katz, ordered', 'minister', 'Israel Katz'],
    ['the head of the UN agency for Palestinian refugees, Philippe Lazzarini, said', 'head', 'Philippe Lazzarini'],
    // A verb or a clause after the title: no apposition.
    ['the minister visited the capital, New Delhi, on Monday', 'minister', null],
    // "and" between "the" and the title: two nouns, not one title.
    ['the army and minister, John Smith, said', 'minister', null],
    // An "of" phrase too long for a title's owner.
    ['the commander of the forces that fought in the long and bloody war over the region, John Smith, said', 'commander', null],
  ])('%s', (text, title, name) => expect(apposed(text, title)).toBe(name));

  it('learns a person whose first name is a country’s, and finds the person rather than the country', () => {
    const ids = found('On Saturday the energy minister, Israel Katz, ordered the electricity supply to Gaza to be cut off.');
    expect(ids).toContainEqual(['israel-katz', 'Israel Katz']);
    expect(ids.map(([id]) => id)).not.toContain('israel');
  });

  it('credits the commander named in an apposition with an "of" phrase', () =>
    expect(found('In a recorded message, the commander of Hamas’s armed wing, Mohammed Deif, announced the start of the operation.')).toEqual([
      ['hamas', 'Hamas'],
      ['mohammed-deif', 'Mohammed Deif'],
    ]));
});

describe('Hong Kong married names: two surnames and two given characters', () => {
  const afterTitle = (text: string, title: string) => {
    const folded = foldText(text);
    return nameAfterTitle(folded, folded.indexOf(foldText(title)) + title.length, () => false);
  };
  it.each([
    ['新民黨主席葉劉淑儀在辯論中發言說', '主席', '叶刘淑仪'],
    ['前立法会主席范徐丽泰表示', '主席', '范徐丽泰'],
    // An ordinary name whose given name starts with a surname character: the verb after three characters ends it.
    ['主席王李明强调', '主席', '王李明'],
    ['主席王李明表示', '主席', '王李明'],
    ['主席王李明今天说', '主席', '王李明'],
  ])('%s → %s', (text, title, name) => expect(afterTitle(text, title)).toBe(name));

  it.each([
    ['叶刘淑仪', 2, true],
    ['范徐丽泰', 2, true],
    ['王李明', 1, true],
    ['欧阳娜娜', 2, true],
  ])('%s: surname of %i, a Chinese name: %s', (name, length, chinese) => {
    expect(surnameLength(name)).toBe(length);
    expect(isChineseName(name)).toBe(chinese);
  });

  it('finds the learned married name alone later', () =>
    expect(found('新民黨主席葉劉淑儀在辯論中發言說', '葉劉淑儀昨日在辯論中發言說')).toEqual([['yeliu-shuyi', '葉劉淑儀']]));
});

describe('a known person’s family name after a title', () => {
  it.each([
    // 鲍里斯·约翰逊 in the gazetteer: 英国首相 + 约翰逊 is him, and 约翰逊 alone is then him too.
    [['英国首相约翰逊宣布辞去保守党党魁职务'], [['united-kingdom', '英国'], ['boris-johnson', '约翰逊']]],
    [['刚宣布辞去保守党党魁的英国首相约翰逊昨天则在推特上说', '约翰逊昨天则在推特上说'], [['boris-johnson', '约翰逊']]],
    [['首相约翰逊表示'], [['boris-johnson', '约翰逊']]],
    // Another country's title: someone else of that name (not Boris Johnson).
    [['美国总统约翰逊表示'], [['united-states', '美国']]],
  ])('%j', (paragraphs, expected) => expect(found(...paragraphs)).toEqual(expected));
});

describe('a capital standing for its government, and short forms of bodies', () => {
  it.each([
    ['Yahya Rahim Safavi said on Saturday that Tehran would stand by the Palestinian fighters', 'iran'],
    ['Tehran stood by its ally', 'iran'],
    ['Beijing backed the plan', 'china'],
    ['The Fed said Monday that its vice chair for supervision would lead a review', 'federal-reserve'],
    ['The Fed has raised its benchmark interest rate eight times since March 2022', 'federal-reserve'],
    ['Fed policymakers are scheduled to meet March 21-22', 'federal-reserve'],
  ])('%s → %s', (text, id) => expect(found(text).map(([a]) => a)).toContain(id));

  it.each([
    ['Flights to Tehran stood idle'],
    ['Voters are fed up with inflation'],
    ['He flew to Tehran backed by the army'],
  ])('no government in %s', (text) => expect(found(text).map(([a]) => a)).not.toContain('iran'));
});

describe('an apposition after a title with where or whom it serves', () => {
  it.each([
    // "to", "for" phrases after the title, as "of" phrases; the surname later is the same person.
    [["Haiti's ambassador to the US, Bocchit Edmond, said she was in a stable condition.", 'Mr Edmond said on Wednesday'], 'bocchit-edmond', 'Edmond'],
    [['After the meeting, the UN special envoy for Haiti, Helen La Lime, told reporters.', 'Helen La Lime said'], 'helen-la-lime', 'Helen La Lime'],
    // "chair" in lower case is a title (as chairman).
    [['Earlier that day, the chair of parliament’s finance committee, Kuria Kimani, had announced it.', 'Kimani said'], 'kuria-kimani', 'Kimani'],
  ])('%j', (paragraphs, id, text) => expect(found(...paragraphs)).toContainEqual([id, text]));

  it.each([
    // No definite title: nobody learned.
    ['He wrote a letter to the US, Bocchit Edmond, and others.'],
    ['She sat on a chair in Paris, France, yesterday.'],
  ])('no person in %s', (text) => expect(found(text).filter(([id]) => !['united-states', 'france', 'paris'].includes(id!))).toEqual([]));
});
