import { describe, expect, it } from 'vitest';
import { namesFoundIn } from './testRegistry.ts';
import { introducedLatinNames, listedHoldersAfter } from './learn.ts';
import { marriedShortForm } from './names.ts';

const article = namesFoundIn;

describe('a provincial premier is a title before a name', () => {
  it.each([
    [['Ontario Premier Doug Ford declared a provincewide emergency on Friday.'], [['Doug Ford=Doug Ford']]],
    [['Quebec Premier Francois Legault told reporters he did not want the act applied.'], [['Francois Legault=Francois Legault']]],
    // Then the surname alone is him, but not inside a company's name.
    [
      ['Ontario Premier Doug Ford declared an emergency.', 'The blockade forced automakers including Ford Motor Co and Toyota Motor Corp to cut production.', 'Ford backed the move.'],
      [['Doug Ford=Doug Ford'], [], ['Ford=Doug Ford']],
    ],
  ])('%j', (texts, expected) => expect(article(...texts)).toEqual(expected));
});

describe('a list going on from a titled name with a place’s possessive names more holders', () => {
  it.each([
    ['Alberta Premier Jason Kenney, Saskatchewan’s Scott Moe and Manitoba’s Heather Stefanson also opposed it', 'Alberta Premier Jason Kenney', ['Scott Moe', 'Heather Stefanson']],
    ["President Joe Biden, France's Emmanuel Macron and Germany's Olaf Scholz met", 'President Joe Biden', ['Emmanuel Macron', 'Olaf Scholz']],
    // A body, not a person.
    ["Defense Secretary Lloyd Austin and Russia's Defense Ministry", 'Defense Secretary Lloyd Austin', []],
    // No list after the name.
    ['Alberta Premier Jason Kenney said Manitoba’s Heather Stefanson agreed', 'Alberta Premier Jason Kenney', []],
  ])('%s', (text, titled, expected) => expect(listedHoldersAfter(text, text.indexOf(titled) + titled.length)).toEqual(expected));

  it('learns them as people', () => {
    expect(article('Alberta Premier Jason Kenney, Saskatchewan’s Scott Moe and Manitoba’s Heather Stefanson also opposed it.')).toEqual([
      ['Jason Kenney=Jason Kenney', 'Scott Moe=Scott Moe', 'Heather Stefanson=Heather Stefanson'],
    ]);
  });
});

describe('a name followed by a bare apposition with an "of" phrase', () => {
  it.each([
    ['Jagmeet Singh, leader of the left-leaning New Democratic Party, said on Monday his party would support it.', ['Jagmeet Singh']],
    ['Maria Lopez, head of the local farmers union, said prices rose.', ['Maria Lopez']],
    // No person noun heads it.
    ['New Delhi, capital of India, is hot.', []],
    ['Hong Kong, home of the sevens, hosts the event.', []],
  ])('%s', (text, expected) => expect(introducedLatinNames(text)).toEqual(expected));
});

describe('a father of the same surname is someone else', () => {
  it('then-Prime Minister Pierre Trudeau is not Justin Trudeau', () => {
    expect(article('Canadian Prime Minister Justin Trudeau on Monday invoked the act.', 'Trudeau’s father, then-Prime Minister Pierre Trudeau, invoked the act’s predecessor in October 1970.')).toEqual([
      ['Canadian=Canada', 'Justin Trudeau=Trudeau'],
      ['Trudeau=Trudeau', 'Pierre Trudeau=Pierre Trudeau'],
    ]);
  });
});

describe('a Hong Kong married name is written by its double surname alone', () => {
  it.each([
    ['林郑月娥', '林郑'],
    ['叶刘淑仪', '叶刘'],
    ['欧阳娜娜', null],
    ['李家超', null],
  ])('%s', (name, expected) => expect(marriedShortForm(name)).toBe(expected));

  it.each([
    [['特首林鄭月娥昨日表示，不會封城。', '被問到近日市民搶購物資，林鄭稱現時食品供應大致正常。'], [['林鄭月娥=Carrie Lam'], ['林鄭=Carrie Lam']]],
    [['林郑月娥表示。', '林郑稱。'], [['林郑月娥=Carrie Lam'], ['林郑=Carrie Lam']]],
    [['保安局局长叶刘淑仪表示反对。', '叶刘又说，会继续跟进。'], [['叶刘淑仪=Yeliu Shuyi'], ['叶刘=Yeliu Shuyi']]],
  ])('%j', (texts, expected) => expect(article(...texts)).toEqual(expected));
});

describe('a hyphen joins a transliterated double surname before its bracket', () => {
  it('learns the whole name, not the first half as someone known', () => {
    const found = article(
      '反对派坚称其候选人埃德蒙多·冈萨雷斯（Edmundo González Urrutia）才是真正的赢家。',
      '秘鲁外长冈萨雷斯-奥拉埃切亚（Javier González-Olaechea）周二则表示，秘鲁承认埃德蒙多·冈萨雷斯为委内瑞拉“合法当选总统”。',
    );
    expect(found[1]).toContain('冈萨雷斯-奥拉埃切亚=Javier González-Olaechea');
    expect(found[1]).not.toContain('冈萨雷斯=Edmundo González Urrutia');
  });
});

describe('a caucus whip (總召) and secretary-general (幹事長) are titles before a name; 傅 is a surname', () => {
  it.each([
    [['民進黨團總召柯建銘昨表示，藍白修法「絕對違憲」。'], [['柯建銘=Ke Jianming']]],
    // 傅 and the rare 崐: the name is learned whole.
    [['國民黨團總召傅崐萁昨晚則率黨團立委在議場內慶祝。'], [['傅崐萁=Fu Kunqi']]],
    [['民眾黨團總召黃國昌昨天受訪時則反駁。'], [['黃國昌=Huang Guochang']]],
    [['黨團幹事長吳思瑤則說，民進黨團早已做好準備。'], [['吳思瑤=Wu Siyao']]],
    [['行政院長卓榮泰昨晚透過新聞稿表示。'], [['卓榮泰=Zhuo Rongtai']]],
  ])('%j', (texts, expected) => expect(article(...texts)).toEqual(expected));
});
