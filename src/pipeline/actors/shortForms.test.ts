import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';

const ids = (text: string, learnFirst: string[] = []) => {
  const registry = createActorRegistry();
  for (const p of learnFirst) registry.learn(p);
  return registry.find(text).map((m) => `${m.text}=${m.actorId}`);
};

describe('one-character short forms count only where they are safe', () => {
  it.each([
    // Safe: a suffix that makes the short form a country.
    ['美方表示关切', ['美方=united-states']],
    ['俄方和哈方', ['俄方=russia', '哈方=kazakhstan']],
    ['日方强烈抗议', ['日方=japan']],
    ['俄总统与法总统', ['俄=russia', '法=france']],
    ['美军撤离', ['美=united-states']],
    ['俄外交部发表声明', ['俄外交部=russia-foreign-ministry']],
    ['以军空袭', ['以=israel']],
    // A country's ships and coast guard at sea (菲运补船, 菲船只, 菲海警), as 舰 its warships; 中船 (a shipbuilder) is not.
    ['菲运补船无视警告', ['菲=philippines']],
    ['菲船只再次闯入', ['菲=philippines']],
    ['菲海警船跟随', ['菲=philippines']],
    ['中船集团发布公告', []],
    // Safe: a pair or series of short forms.
    ['中美关系', ['中=china', '美=united-states']],
    ['中美俄三国', ['中=china', '美=united-states', '俄=russia']],
    ['美俄会谈', ['美=united-states', '俄=russia']],
    ['中美元首会晤', ['中=china', '美=united-states']],
    // A body after a pair is the pair's, not one country's body starting inside it (美国防部 is the Pentagon).
    ['取消中美国防部工作会晤', ['中=china', '美=united-states']],
    ['中俄国防部长会晤', ['中=china', '俄=russia']],
    ['美国防部发表声明', ['美国防部=pentagon']],
    ['美国国防部和中国国防部', ['美国国防部=pentagon', '中国国防部=china-defence-ministry']],
    // Traps: the short form inside a longer word.
    ['法囯历史学者', ['法囯=france']],
    ['中亚国家', []],
    ['中国和中亚', ['中国=china']],
    ['价值数十亿美元', []],
    ['依照法律', []],
    ['日本首相', ['日本=japan']],
    ['市中心', []],
    ['哈哈大笑', []],
    ['美丽的中心', []],
    ['发展中国家', []],
    ['从中国进口', ['中国=china']],
    ['中美洲国家', []],
    ['所以军队', []],
    ['可以方便民众', []],
    ['以方便民众', []],
    ['执法部门', []],
    ['伊斯兰国家', []],
    ['俄亥俄州', []],
    ['越来越多', []],
    ['加强合作', []],
    ['注意方面', []],
    // A number before it: a date, not a country (10日 + 美方 is still the US).
    ['10日美方表示', ['美方=united-states']],
    ['3日军方称', []],
    // The tail of a foreign name is not a country.
    ['哈米德总统', []],
    // 中国外交部长 is a minister, not the ministry.
    ['中国外交部长', ['中国=china']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('reads a bare short form after a preposition only once the full name is known', () => {
    expect(ids('为哈恢复稳定')).toEqual([]);
    expect(ids('为哈恢复稳定', ['哈萨克斯坦局势'])).toEqual(['哈=kazakhstan']);
    expect(ids('对法律', ['法国'])).toEqual([]);
  });
});

describe('a short form two countries share is the one its article names', () => {
  // One article's paragraphs in order, then the sentence searched.
  const inArticle = (paragraphs: string[], text: string, registry = createActorRegistry()) => {
    registry.startDocument();
    for (const p of paragraphs) registry.find(p);
    return registry.find(text).map((m) => `${m.text}=${m.actorId}`);
  };

  it.each([
    // Named by neither: the country Chinese news most often means.
    [[], '中乌关系', ['中=china', '乌=ukraine']],
    [[], '中土两国', ['中=china', '土=turkey']],
    // The article named Uzbekistan (or Turkmenistan) earlier.
    [['习近平抵达乌兹别克斯坦首都塔什干。'], '中乌两国元首会谈', ['中=china', '乌=uzbekistan']],
    [['土库曼斯坦总统访华。'], '中土双方签署协议', ['中=china', '土=turkmenistan']],
    // Or in the same sentence.
    [[], '乌兹别克斯坦总统表示，中乌合作前景广阔', ['乌兹别克斯坦=uzbekistan', '中=china', '乌=uzbekistan']],
    // Named both: the one named last.
    [['乌兹别克斯坦与乌克兰', '乌克兰局势'], '乌方表示', ['乌方=ukraine']],
    [['乌克兰局势', '乌兹别克斯坦表示'], '乌方表示', ['乌方=uzbekistan']],
    // Traditional script folds to the same names.
    [['烏茲別克總統'], '中烏關係', ['中=china', '烏=uzbekistan']],
  ])('after %j, %s → %j', (paragraphs, text, expected) => {
    expect(inArticle(paragraphs, text)).toEqual(expected);
  });

  it.each([
    ['他在德期间会见了总理', ['德=germany']],
    // 德卡伦 is a transliterated name (a trail's), not Germany.
    ['游客在德卡伦步道遇险', []],
  ])('after a preposition, a one-character form once the full name was seen: %s → %j', (text, expected) => {
    const registry = createActorRegistry();
    registry.learn('德国总理表示，德国将提供援助。');
    expect(registry.find(text).map((m) => `${m.text}=${m.actorId}`)).toEqual(expected);
  });

  it('forgets the names of the previous article', () => {
    const registry = createActorRegistry();
    expect(inArticle(['乌兹别克斯坦总统表示'], '中乌关系', registry)).toEqual(['中=china', '乌=uzbekistan']);
    expect(inArticle(['新华社北京电'], '中乌关系', registry)).toEqual(['中=china', '乌=ukraine']);
  });
});

