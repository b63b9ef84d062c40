import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';
import { japaneseNameGuess } from './names.ts';
import { roleLexicon } from './roles.ts';
import { foldText } from '../text/fold.ts';

/** Learn a text, then what the registry finds in it and the actors the text introduced. */
function learned(text: string) {
  const registry = createActorRegistry();
  registry.learn(text);
  const found = registry.find(text);
  return { registry, found, ids: found.map((m) => m.actorId), fromText: registry.actors().filter((a) => a.origin === 'text') };
}

describe('apposed names after a title with a modifier', () => {
  it.each([
    ['Ukraine’s deputy defence minister, Hanna Maliar, said on Sunday', 'Hanna Maliar', 'Deputy Defence Minister'],
    ["Russia's first deputy prime minister, Andrei Belousov, said", 'Andrei Belousov', 'First Deputy Prime Minister'],
    ['the acting foreign minister, Jane Roe, said', 'Jane Roe', 'Acting Foreign Minister'],
  ])('%s → %s (%s)', (text, name, role) => {
    const { found } = learned(text);
    expect(found.filter((m) => m.text === name).map((m) => m.role?.en)).toEqual([role]);
  });

  it.each([
    ['Russian Deputy Defence Minister Yunus-Bek Yevkurov', 'Deputy Defence Minister'],
    ['former Foreign Minister Jane Roe', 'Former Foreign Minister'],
    // An entry of its own wins over a modifier: Vice Foreign Minister is listed.
    ['Deputy Foreign Minister Andrei Rudenko', 'Vice Foreign Minister'],
  ])('%s reads %s', (text, role) => {
    const folded = foldText(text);
    const nameStart = text.lastIndexOf(' ', text.lastIndexOf(' ') - 1) + 1;
    expect(roleLexicon.roleBefore(folded, nameStart)?.role.en).toBe(role);
  });
});

describe('a known person written in full', () => {
  it('a fuller Latin name whose family name and first name a gazetteer person has is that person', () => {
    const { ids, fromText, registry } = learned('Ukrainian President Volodymyr Zelenskiy said on Saturday');
    expect(ids).toEqual(['ukraine', 'volodymyr-zelensky']);
    expect(fromText).toEqual([]);
    expect(registry.get('volodymyr-zelensky')?.aliases).toContain('Volodymyr Zelenskiy');
  });

  it('another first name with the same family name is someone else', () => {
    const { fromText } = learned('Mayor Olena Zelenskiy said on Saturday');
    expect(fromText.map((a) => a.name)).toEqual(['Olena Zelenskiy']);
  });

  it('a short Chinese name with a gazetteer person’s Latin name in brackets is that person', () => {
    const { registry, fromText } = learned('美國國務院發言人米勒（Matthew Miller）週五在例行記者會上表示');
    expect(fromText).toEqual([]);
    expect(registry.find('米勒表示').map((m) => m.actorId)).toEqual(['matthew-miller']);
  });

  // The outlet's own spelling, which the transliteration table cannot cut from the run (欽 is no syllable it
  // knows), is the gazetteer person's whose Latin name the bracket gives; later bare mentions are that person.
  it.each([
    ['俄羅斯傭兵集團瓦格納（Wagner）首腦普里格欽（Yevgeny Prigozhin）搭乘的私人飛機墜毀', '乘客名單上有62歲的普里格欽', ['yevgeny-prigozhin']],
    ['瓦格納首腦普里格欽（Yevgeny Prigozhin）宣布', '他今年6月宣布起兵，普里格欽隨後撤軍', ['yevgeny-prigozhin']],
    // A Latin name no gazetteer person has teaches nothing this way.
    ['瓦格納首腦普里格欽（Yevgeny Smith）宣布', '乘客名單上有普里格欽', []],
  ])('%s → %s', (first, later, ids) => {
    const registry = createActorRegistry();
    registry.learn(first);
    registry.learn(later);
    expect(registry.find(later).map((m) => m.actorId).filter((id) => id.startsWith('yevgeny'))).toEqual(ids);
  });
});

describe('two short forms side by side', () => {
  it.each([
    // Hatay: the characters go on spelling a name.
    ['赶赴重灾区哈塔伊省安塔基亚', []],
    ['前往卡赫拉曼马拉什和哈塔伊视察', []],
    ['中俄关系', ['china', 'russia']],
    ['中哈边境', ['china', 'kazakhstan']],
    ['美俄两国', ['united-states', 'russia']],
  ])('%s → %j', (text, ids) => {
    expect(learned(text).ids).toEqual(ids);
  });
});

describe('a country’s clock', () => {
  it.each([
    ['截至新加坡时间今天上午', []],
    ['（新加坡时间上午9时17分）', []],
    ['新加坡政府宣布', ['singapore']],
    ['新加坡外交部周二说', ['singapore-foreign-ministry']],
  ])('%s → %j', (text, ids) => {
    expect(learned(text).ids).toEqual(ids);
  });
});

describe('bodies in the gazetteer', () => {
  it.each([
    ['陸委會於10月27日回應媒體詢問時表示', 'taiwan-mac'],
    ['大陆委员会发表声明', 'taiwan-mac'],
    ['海基会董事长表示', 'taiwan-sef'],
    ['国台办发言人表示', 'china-tao'],
    ['海协会会长致电', 'china-arats'],
    ['东电说，首批处理水将在约17天内排完', 'tepco'],
    ['东京电力公司（TEPCO）周四下午启动排放泵', 'tepco'],
  ])('%s → %s', (text, id) => {
    const { ids, fromText } = learned(text);
    expect(ids[0]).toBe(id);
    expect(fromText).toEqual([]);
  });

  it.each([['广东电网今夏用电负荷创新高'], ['山东电视台报道']])('%s names no TEPCO', (text) => {
    expect(learned(text).ids).not.toContain('tepco');
  });
});

describe('bodies of a university', () => {
  it('an institute named after a country is the university’s, with no country', () => {
    const { found, fromText } = learned('淡江大學中國大陸研究所副教授林庭宇接受中央社訪問時表示');
    const institute = fromText.find((a) => a.kind === 'organisation');
    expect(institute).toMatchObject({ names: { 'zh-Hans': '淡江大学中国大陆研究所' }, name: 'Danjiang University China Mainland Institute' });
    expect(institute?.country).toBeUndefined();
    expect(found.map((m) => m.actorId)).not.toContain('china');
  });
});

describe('Japanese names', () => {
  it.each([
    ['日本农林水产大臣野村哲郎昨天对记者说', '野村哲郎', 'tetsuro-nomura', 'Agriculture Minister'],
    ['日本內閣官房長官松野博一27日下午在記者會上說', '松野博一', 'hirokazu-matsuno', 'Chief Cabinet Secretary'],
  ])('%s: %s is the gazetteer’s', (text, zh, id, role) => {
    const { found, fromText } = learned(text);
    expect(found.filter((m) => m.text === zh).map((m) => [m.actorId, m.role?.en])).toEqual([[id, role]]);
    expect(fromText).toEqual([]);
  });

  it('an unknown name after 会长 is learned, read as a Japanese name, and its family name alone finds it', () => {
    const { registry, fromText } = learned('岸田会见了全国渔业协同组合联合会会长坂本雅信，坂本表示反对');
    expect(fromText.map((a) => [a.names['zh-Hans'], a.name, a.nameIsGuess, a.roles?.map((r) => r.en)])).toEqual([
      ['坂本雅信', 'Banben Yaxin', true, ['Chair']],
    ]);
    expect(registry.find('坂本表示').map((m) => m.actorId)).toEqual([fromText[0]!.id]);
  });

  it.each([
    ['坂本雅信', 'Banben Yaxin'],
    ['森山博一', 'Senshan Boyi'],
    ['木原稔', 'Muyuan Ren'],
  ])('%s reads %s', (zh, en) => {
    expect(japaneseNameGuess(zh)).toBe(en);
  });
});
