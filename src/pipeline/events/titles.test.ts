import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/schema.ts';
import { findTriggers } from './lexicon.ts';
import { findFigures } from './figures.ts';
import { classifySegment } from './classify.ts';
import { englishLabel, nativeTitle } from './titles.ts';

const actor = (id: string, name: string, kind: Actor['kind'] = 'person'): Actor => ({
  id, name, kind, names: { 'zh-Hans': '', 'zh-Hant': '', en: name }, aliases: [],
});
const WANG = actor('wang-yi', 'Wang Yi');
const LAVROV = actor('lavrov', 'Lavrov');
const PUTIN = actor('putin', 'Putin');
const KZ = actor('kazakhstan', 'Kazakhstan', 'country');
const CHINA = actor('china', 'China', 'country');

function label(sentence: string, actors: Actor[], subject: Actor[] = []) {
  const head = { start: 0, end: sentence.search(/[，：]|$/) };
  const c = classifySegment(findTriggers(sentence), findFigures(sentence), head)!;
  return englishLabel(c, { actors, subject }, findFigures(sentence));
}

describe('nativeTitle', () => {
  it.each([
    ['中国国务委员兼外长王毅10日同俄罗斯外长拉夫罗夫（Sergey Lavrov）通电话，就局势交换意见', ['10日'], '中国国务委员兼外长王毅同俄罗斯外长拉夫罗夫通电话，就局势交换意见'],
    ['2022 年 1 月 9 日，在阿拉木图被洗劫一空的电子产品商店。（路透社）', ['2022 年 1 月 9 日'], '在阿拉木图被洗劫一空的电子产品商店'],
    ['而总理7月9日宣布辞职', ['7月9日'], '总理宣布辞职'],
    ['毕竟2013年，习近平首次提出倡议', ['2013年'], '习近平首次提出倡议'],
    ['一二三四五六七八九十，一二三四五六七八九十一二三四五六七八九十，一二三四五六七八九十一二三四五六七八九十', [], '一二三四五六七八九十，一二三四五六七八九十一二三四五六七八九十'],
  ])('%s', (text, dates, expected) => expect(nativeTitle(text, dates, 'zh')).toBe(expected));

  it('closes a quotation it cuts into', () => {
    const title = nativeTitle('中国外交部发言人汪文斌说明，“王毅强调，此次局势突变生乱表明，中亚地区形势仍面临严峻挑战，也再次证明了一些问题”', [], 'zh');
    expect(title).toBe('中国外交部发言人汪文斌说明，“王毅强调，此次局势突变生乱表明…”');
  });

  it('cuts a long clause with an ellipsis', () => {
    const title = nativeTitle('这'.repeat(60), [], 'zh');
    expect(title).toHaveLength(40);
    expect(title.endsWith('…')).toBe(true);
  });

  it('drops the date from an English title', () =>
    expect(nativeTitle('On Monday, Wang Yi spoke with Lavrov', ['On Monday'], 'en')).toBe('Wang Yi spoke with Lavrov'));
});

describe('englishLabel', () => {
  it('names both sides of a call', () =>
    expect(label('王毅同拉夫罗夫通电话。', [CHINA, WANG, LAVROV])).toBe('Wang Yi – Lavrov phone call'));
  it('names the speaker and the topic of military news', () =>
    expect(label('普京说，协助平乱的部队只会待上一段有限的时间。', [PUTIN], [PUTIN])).toBe('Putin on troops'));
  it('carries the figures', () =>
    expect(label('动乱造成至少164人丧生，近10000人被捕。', [KZ], [KZ])).toBe(
      'Kazakhstan: unrest (at least 164 dead, nearly 10,000 arrested)',
    ));
  it('says statement when nothing stands out', () =>
    expect(label('王毅表示，双方应当深化合作。', [WANG], [WANG])).toBe('Wang Yi statement'));
  it('falls back to the kind of event when no actor is known', () =>
    expect(label('全国哀悼日。', [])).toBe('Day of mourning'));
});
