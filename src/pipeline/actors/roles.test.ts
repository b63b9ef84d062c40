import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { roleLexicon } from './roles.ts';

/** The role written before the name that follows `|`. */
const roleOf = (marked: string) => {
  const at = marked.indexOf('|');
  return roleLexicon.roleBefore(foldText(marked.replace('|', '')), at)?.role ?? null;
};

describe('roleBefore', () => {
  it.each([
    ['俄罗斯外长|拉夫罗夫', '外长', 'Foreign Minister'],
    ['俄羅斯外長|拉夫羅夫', '外长', 'Foreign Minister'],
    ['中国外交部长|王毅', '外交部长', 'Foreign Minister'],
    ['中国国务委员兼外长|王毅', '国务委员兼外长', 'State Councilor and Foreign Minister'],
    ['哈萨克副总理兼外长|特列乌别尔季', '副总理兼外长', 'Deputy Prime Minister and Foreign Minister'],
    ['中国外交部发言人|汪文斌', '外交部发言人', 'Foreign Ministry Spokesperson'],
    ['美国务院发言人|普莱斯', '国务院发言人', 'State Department Spokesperson'],
    ['国务院发言人|某某', '国务院发言人', 'State Council Spokesperson'],
    ['中国国务院总理|李克强', '总理', 'Premier'],
    ['德国总理|朔尔茨', '总理', 'Chancellor'],
    ['印度总理|莫迪', '总理', 'Prime Minister'],
    ['美国防部长|奥斯汀', '国防部长', 'Defense Secretary'],
    ['哈萨克斯坦前总统|纳扎尔巴耶夫', '前总统', 'Former President'],
    ['法囯历史学者|贝多林诺', '历史学者', 'Historian'],
    ['Russian Foreign Minister |Sergey Lavrov', '外长', 'Foreign Minister'],
    ['Deputy Prime Minister and Foreign Minister |Mukhtar Tileuberdi', '副总理兼外长', 'Deputy Prime Minister and Foreign Minister'],
    ['State Department spokesperson |Ned Price', '发言人', 'Spokesperson'],
    // Hong Kong officials: the longest title wins over the 处长/司长/局长 it ends with.
    ['警務處處長|盧偉聰', '警务处处长', 'Commissioner of Police'],
    ['入境事務處處長|蔡永忠', '处长', 'Director'],
    ['政務司司長|張建宗', '政务司司长', 'Chief Secretary for Administration'],
    ['保安局局長|李家超', '保安局局长', 'Secretary for Security'],
    ['社會福利署署長|林嘉泰', '署长', 'Director'],
    ['Nobel Peace Prize laureate |Muhammad Yunus', '诺贝尔奖得主', 'Nobel Laureate'],
  ])('%s → %s (%s)', (marked, zh, en) => {
    expect(roleOf(marked)).toEqual({ zh, en });
  });

  it.each([
    ['日前总统|拜登表示', '总统', 'President'], // 日前: "recently", not "former"
  ])('%s → %s (%s)', (marked, zh, en) => {
    expect(roleOf(marked)).toEqual({ zh, en });
  });

  it('finds no role when none is written right before the name', () => {
    expect(roleOf('王毅10日同|拉夫罗夫')).toBeNull();
    expect(roleOf('the president said |Tokayev')).toBeNull();
    expect(roleOf('Vice President|Tokayev')).toBeNull();
  });

  it('looks titles up in either script', () => {
    expect(roleLexicon.lookup('外長')?.en).toBe('Foreign Minister');
    expect(roleLexicon.lookup('發言人')?.en).toBe('Spokesperson');
  });
});
