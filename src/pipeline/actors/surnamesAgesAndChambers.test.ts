import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';
import { namesFoundIn } from './testRegistry.ts';
import { namesAfterAges } from './learn.ts';
import { foldText } from '../text/fold.ts';

const article = namesFoundIn;
const none = () => false;

describe('a surname alone after the full name, in anything the article looks up later', () => {
  it.each([
    // A related headline after the lead named both in full.
    [['negotiated by President Joe Biden and House Speaker Kevin McCarthy', 'Biden and McCarthy reach tentative deal'], ['Biden=Biden', 'McCarthy=Kevin McCarthy']],
    // Before the full name the surname alone is nobody yet.
    [['McCarthy announced it on Twitter', 'House Speaker Kevin McCarthy said'], ['Kevin McCarthy=Kevin McCarthy']],
  ])('%j → %j', (texts, last) => expect(article(...texts).at(-1)).toEqual(last));

  it('forgets the surnames when the next article starts', () => {
    const registry = createActorRegistry();
    registry.startDocument();
    registry.find('House Speaker Kevin McCarthy said');
    registry.startDocument();
    expect(registry.find('McCarthy said').map((m) => m.actorId)).toEqual([]);
  });
});

describe('another given name before a known surname is another person', () => {
  it.each([
    // David Cameron is known by Cameron alone: James Cameron, introduced, is someone else.
    ['Film director James Cameron, who has made 33 dives to the Titanic wreck, told ABC News on Thursday.', 'James Cameron=James Cameron'],
    ['Hunter Biden, 53, was charged on Thursday.', 'Hunter Biden=Hunter Biden'],
    // The known person's own given name is the known person.
    ['David Cameron, who led the government, said so.', 'David Cameron=David Cameron'],
  ])('%s → %s', (text, first) => expect(article(text)[0]![0]).toBe(first));
});

describe("the Senate, the House in an article about the chambers' country", () => {
  const lead = 'The Senate passed legislation late Thursday, sending the deal negotiated by President Joe Biden and House Speaker Kevin McCarthy to the White House.';
  it.each([
    // The sentence's own actors make it a US story.
    [[lead], 'The Senate=US Senate'],
    // …and the article's earlier ones.
    [[lead, 'The House approved the package Wednesday night by 314-117.'], 'The House=US House of Representatives'],
    [[lead, 'The bill now goes to the House of Representatives.'], 'the House of Representatives=US House of Representatives'],
  ])('%j → %s', (texts, first) => expect(article(...texts).at(-1)![0]).toBe(first));

  it.each([
    // No country's actors, or another country's: no chamber is named.
    [['The Senate passed the bill on Tuesday.']],
    [['The Senate passed the bill, Philippine President Ferdinand Marcos said.']],
    // Another body "of" something is not the chamber.
    [[lead, 'The House of Commons voted on Tuesday.']],
    [[lead, 'The Senate of Pakistan met.']],
  ])('%j names no chamber', (texts) => expect(article(...texts).at(-1)!.filter((m) => /Senate|House of Rep/.test(m))).toEqual([]));
});

describe('Chinese names after an age (岁的) or 名将', () => {
  it.each([
    ['8月3日，21岁的郑钦文在网球女子单打决赛中以2比0战胜克罗地亚选手维基奇', ['郑钦文']],
    ['7月31日晚，19岁的潘展乐在男子100米自由泳决赛中以46秒40夺冠', ['潘展乐']],
    // A noun after the age, not a name.
    ['62岁的犯罪嫌疑人樊某驾驶一辆小型越野车', []],
    // No age before 岁的.
    ['岁的王明在', []],
  ])('%s → %j', (text, names) => {
    const folded = foldText(text);
    expect(namesAfterAges(folded, none)).toEqual(names);
  });

  it.each([
    [['7月31日晚，19岁的潘展乐在男子100米自由泳决赛中以46秒40夺冠。', '潘展乐打破男子100米自由泳世界纪录夺冠'], '潘展乐'],
    [['11日当天，举重名将李雯雯在女子81公斤以上级比赛中成功卫冕。'], '李雯雯'],
  ])('%j names %s as a person', (texts, name) => expect(article(...texts).at(-1)!.some((m) => m.startsWith(`${name}=`))).toBe(true));
});
