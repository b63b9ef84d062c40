import { describe, expect, it } from 'vitest';
import { findTriggers } from './lexicon.ts';

const texts = (sentence: string) => findTriggers(sentence).map((t) => t.text);

describe('findTriggers with gapped words (出席…会议)', () => {
  it.each([
    ['王毅出席东盟外长会议并发表讲话。', ['出席东盟外长会议', '发表讲话']],
    ['外交部召见美国大使提出抗议。', ['召见美国大使', '提出抗议']], // a protest lodged, not a street protest
    ['出席者众多，会议顺利。', ['会议']], // a gap does not cross a comma
    ['会议在出口城市结束。', ['会议', '出口']], // the first character alone
    ['議員出席聯合國會議。', ['出席聯合國會議']], // folded before matching
    ['出席。', []],
    ['大家参加了会议。', ['参加了会议']],
    ['会议结束。', ['会议']], // nothing left over from the sentence before
  ])('%s → %j', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });
});

const labels = (sentence: string) => findTriggers(sentence).map((t) => `${t.text}: ${t.entry.label}`);

describe('findTriggers with English gapped words (fired an … missile)', () => {
  it.each([
    ['North Korea fired an intercontinental ballistic missile (ICBM) on Friday.', ['fired an intercontinental ballistic missile: missile launch', 'ICBM: missile launch']],
    ['N. Korea fires short-range ballistic missile toward East Sea', ['fires short-range ballistic missile: missile launch']],
    ['Burhan and Hemedti sign a framework deal with the FFC.', ['sign a framework deal: agreement signed']],
    ['The military and the FFC sign a power-sharing deal under which', ['sign a power-sharing deal: agreement signed']],
    ['The next day, the agency halts all its operations in Sudan.', ['halts all its operations: closures']],
    ['The U.N. Security Council will hold an open meeting on Monday.', ['hold an open meeting: talks']],
    ['Harris convened an emergency meeting Friday with the leaders of Japan.', ['convened: meeting', 'meeting Friday with: talks']],
    ['He fired an aide, and the missile fell.', []], // a comma ends the gap
    ['They fired a warning shot at four men and a missile', []], // more than three words between
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers in factbox and headline present tense', () => {
  it.each([
    ['April 2019 - The army ousts Omar al-Bashir.', ['army: troops', 'ousts: takeover']],
    ['A Transitional Military Council takes power.', ['takes power: takeover']],
    ['The two sides agree to a 24-hour ceasefire.', ['agree to: agreement', 'ceasefire: ceasefire']],
    ['The African Union suspends Sudan two days later.', ['suspends: suspension']],
    ['A U.S. diplomatic convoy came under fire on Monday.', ['came under fire: use of force']],
    ["N. Korea's FM warns of 'fiercer' military response", ['warns: statement']],
    ['The North last fired a Hwasong-17 on Nov. 3.', ['Hwasong: missile launch']],
    ["Thursday's launch of an SRBM from the Wonsan area", ['SRBM: missile launch']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: words that hold a trigger but report none', () => {
  it.each([
    ["Choe's statement came hours later.", []], // a bare noun of saying is no saying
    ['Watson said in a statement released Thursday night', ['said: statement', 'in a statement: statement']],
    ["North Korea's state media had not reported on the launch.", []],
    ['a day after it launched an SRBM in protest of the allies\' push', ['SRBM: missile launch']],
    ['the air forces staged a combined attack drill over the East Sea', ['attack drill: military exercises']], // the head noun wins
    ['美军战斗机击落了中国无人飞艇', ['击落: use of force']], // a fighter jet is no fighting
    ['德黑兰谢里夫理工大学学生与安全部队冲突', ['与安全部队冲突: unrest']], // security forces are police, not troops
    ['德黑兰扎黑丹在周五聚礼后爆发流血冲突。', ['爆发流血冲突: unrest']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: protesters as the object of another word (阻止抗议者)', () => {
  it.each([
    ['为了阻止抗议者相互联络，当局限制互联网', ['限制互联网: internet shutdown']],
    ['此举被普遍视为对抗议者的声援。', ['声援: support']],
    ['前锋也在社交媒体上发文支持抗议者。', []],
    ['数千名示威者冲破警方防线', ['示威: protests', '冲破: protests']], // counted: the subject
    ['逃犯条例的示威者昨日包围政府总部', ['示威: protests', '包围: protests']],
    ['昨天，示威者冲进政府总部', ['示威: protests', '冲进: protests']],
    ['斯里兰卡示威者攻占总统官邸', ['示威: protests', '攻占: occupation']], // after a place name: still the subject
    ['秘书处一直被示威者占据', ['示威: protests', '占据: protests']], // 被 names who did it
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: aid, departures, condolences and diplomatic protests', () => {
  it.each([
    ['中国政府决定向土耳其提供首批4000万元人民币紧急援助', ['提供首批4000万元人民币紧急援助: aid']],
    ['中国救援队82名队员将于明天启程赴土耳其灾区。', ['启程赴: departure']],
    ['部长当晚赶到校园', ['赶到: arrival']],
    ['我们对地震深感悲痛，向伤者表示诚挚慰问。', ['地震: disaster', '深感悲痛: condolences', '表示诚挚慰问: condolences']],
    ['外交部副部长向美国驻华使馆负责人提出严正交涉。', ['提出严正交涉: criticism']],
    ['日本通过外交渠道向朝鲜提出抗议', ['向朝鲜提出抗议: criticism']], // a government's protest, not a street protest
    ['Tokyo had lodged a strong protest with Pyongyang', ['lodged a strong protest: criticism']],
  ])('%s → %j', (sentence, expected) => {
    expect(labels(sentence)).toEqual(expected);
  });
});

describe('findTriggers: English words are whole words, the longest phrase first', () => {
  it.each([
    ['Protesters marched on Monday.', ['Protesters', 'marched']], // any case
    ['The army deployed troops.', ['army', 'deployed', 'troops']], // nouns of troops are triggers too
    ['They were redeployed and unprotested.', []], // no trigger inside a longer word
    ['Police detained 20 people and held talks.', ['detained', 'held talks']], // the phrase, not "held"
    ['A Russian-backed force crossed the border.', ['crossed the border']], // "-backed" describes someone
    ['The ICBM flew 1,000 km.', ['ICBM']],
  ])('%s → %j', (sentence, expected) => expect(texts(sentence)).toEqual(expected));
});
