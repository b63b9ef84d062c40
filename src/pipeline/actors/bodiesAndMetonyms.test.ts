import { describe, expect, it } from 'vitest';
import { createActorRegistry } from './index.ts';
import { introducedLatinNames, latinNameAfterTitle, photoCredits } from './learn.ts';

/** Learn the text, then the [written form, actor id] pairs it mentions. */
function found(text: string): [string, string][] {
  const registry = createActorRegistry();
  registry.learn(text);
  return registry.find(text).map((m) => [m.text, m.actorId]);
}

describe("China's financial bodies and Hong Kong's departments", () => {
  it.each([
    // The longest name wins over 中国 and 国务院 inside it.
    ['中国人民银行今日宣布下调存款准备金率', '中国人民银行', 'pboc'],
    ['国务院新闻办公室举行新闻发布会', '国务院新闻办公室', 'scio'],
    ['中国证监会主席吴清介绍', '中国证监会', 'csrc'],
    ['国家金融监督管理总局局长李云泽', '国家金融监督管理总局', 'nfra'],
    ['国家统计局此前公布的数据显示', '国家统计局', 'china-nbs'],
    ['中共中央政治局9月26日召开会议', '中共中央政治局', 'ccp-politburo'],
    // Bare forms that start a phrase.
    ['次日，央行开展3000亿元中期借贷便利操作', '央行', 'pboc'],
    ['天文台今晨3時40分以八號信號取代十號颶風信號', '天文台', 'hong-kong-observatory'],
    ['教育局宣布全港學校明日繼續停課', '教育局', 'hong-kong-education-bureau'],
    ['機管局今晨表示', '機管局', 'hong-kong-airport-authority'],
    ['港交所表示，證券市場下周一如常開市', '港交所', 'hkex'],
    ['澳門氣象局昨晚亦發出十號風球', '澳門氣象局', 'macau-meteorological-bureau'],
  ])('%s → %s', (text, form, id) => {
    expect(found(text)).toContainEqual([form, id]);
  });

  it.each([
    // The tail of a longer name is another body.
    ['国家天文台发布观测结果', 'hong-kong-observatory'],
    ['北京市教育局称', 'hong-kong-education-bureau'],
    ['越共中央政治局会议', 'ccp-politburo'],
    // Another country named before claims the bare form.
    ['土耳其央行周四加息，央行表示将继续观察', 'pboc'],
  ])('%s names no %s', (text, id) => {
    expect(found(text).map(([, actor]) => actor)).not.toContain(id);
  });
});

describe('demonyms that only describe, and capitals that act', () => {
  it.each([
    ['Beijing imposed the law on the former British colony in June 2020.', [['Beijing', 'china']]],
    ['The activist, an Australian citizen, was jailed.', []],
    ['A British national was detained.', []],
    ['The Soviet-era rock band Picnic was due to perform.', []],
    ['He drove a German-made car.', []],
    // The adjective still names the state where the state acts.
    ['Russian troops advanced.', [['Russian', 'russia']]],
    // The people by their name in the plural; a demonym that is its own plural gains no "s".
    ['Slovaks vote in the European election on June 8.', [['Slovaks', 'slovakia']]],
    ['The Britishs are no word.', []],
    ['Washington has urged restraint.', [['Washington', 'united-states']]],
    ['Talks stalled in Gaza. Washington said it would help.', [['Washington', 'united-states']]],
    // A place, or the end of a person's name.
    ['Officials in Washington said the talks failed.', []],
    ['It called on Beijing and Hong Kong authorities to act.', [['Hong Kong', 'hong-kong']]],
    ['Denzel Washington said he loved it.', []],
    ['Beijing is cold in winter.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('names after titles and appositions', () => {
  it.each([
    [' Sheikh Mohammed bin Abdulrahman Al Thani announced', 'Mohammed bin Abdulrahman Al Thani'],
    [' Ursula von der Leyen said', 'Ursula von der Leyen'],
    [' Sir Keir Starmer said', 'Keir Starmer'],
    // One word left after the honorific is no name: Sheikh Hasina is how she is called.
    [' Sheikh Hasina resigned', 'Sheikh Hasina'],
    // Five words only with a particle: a headline's capitals stop at three.
    [' Biden Says Ceasefire Will Hold', 'Biden Says Ceasefire'],
    // A middle initial stays in the name and counts as no word; a generational suffix is left out.
    [' Ryan D. McCarthy said all 1,100 members', 'Ryan D. McCarthy'],
    [' Robert J. Contee III said Wednesday night', 'Robert J. Contee'],
    [' Charles E. Schumer (D-N.Y.) on Thursday', 'Charles E. Schumer'],
    [' Martin Luther King Jr. said', 'Martin Luther King'],
    [' John Smith Jr. said', 'John Smith'],
    // An initial at the end is the sentence's end, not a name's.
    [' Peter Pellegrini, who takes office', 'Peter Pellegrini'],
  ])('title +%s → %s', (after, name) => {
    expect(latinNameAfterTitle(after, 0)).toBe(name);
  });

  it.each([
    ['the sentence handed to Gordon Ng, an Australian citizen who received seven years, and', ['Gordon Ng']],
    ['Jimmy Lai, a media tycoon, is on trial', ['Jimmy Lai']],
    ['Liu Xiaobo, a dissident, died', ['Liu Xiaobo']],
  ])('%s → %j', (text, names) => {
    expect(introducedLatinNames(text)).toEqual(names);
  });

  it('learns the name after 研究总监', () => {
    expect(found('北京一家私募基金的研究总监陈立航昨日接受财新记者采访时说')).toContainEqual(['陈立航', expect.stringMatching(/^chen-lihang-/)]);
  });
});

describe('square-bracket photo credits', () => {
  it.each([
    ['Prisoners are welcomed in Beitunia on January 20, 2025 [Zain Jaafar/AFP]', ['[Zain Jaafar/AFP]']],
    ['Smoke rises over Gaza [File: Mohammed Salem/Reuters]', ['[File: Mohammed Salem/Reuters]']],
    // A bracket without a slash is an editor's insertion, not a credit.
    ['He said [Hamas] would comply', []],
  ])('%s', (text, credits) => {
    expect(photoCredits(text).map((c) => text.slice(c.start, c.end))).toEqual(credits);
  });

  it('does not make the agency of a credit an actor', () => {
    expect(found('Prisoners are welcomed on January 20, 2025 [Zain Jaafar/AFP]').map(([, id]) => id)).not.toContain('afp');
  });
});
