/**
 * What a trigger's surroundings say about it (findTriggers asks): whether it
 * is part of a name or a title, where or when something else was said or
 * happened, what a remark was about, a chant, or a word describing people.
 */
import type { TriggerMatch } from './lexicon.ts';
import { charAt, codeAt } from '../text/at.ts';

// An institution or title named after what it deals with (立法院, 选举委员会, 立法委员, 贸易部,
// 海关总署) is a name, not the thing happening.
// So is a bureau or a centre that watches it (地震局, 地震测报中心, 台风预报中心), not 动荡局势.
const INSTITUTION_AFTER = /^(?:委员|委会|院|署|总署|厅|部(?![署队分])|法(?![案规律])|条例|局(?![势面部])|(?:测报|监测|观测|预报|预警|研究|应变|指挥|救援|防治)(?:中心|局|站|所))/;

/**
 * What a sentence holds that the per-trigger checks below look for: one pass
 * per sentence spares each trigger a slice and a regular expression it could
 * not match (findTriggers runs on every sentence).
 */
const cues = { about: false, condemned: false, reference: false, covering: false, facing: false };
export function noteCues(folded: string): void {
  cues.about = /[就针对关问谈将把]/.test(folded);
  cues.condemned = folded.includes('condemn') || folded.includes('denounc') || folded.includes('deplor');
  cues.reference = /[这此那该上]次/.test(folded);
  cues.covering = /采访|报道|报导|cover/i.test(folded);
  cues.facing = folded.includes('面对');
}
const INSTITUTION_FIRST = new Set([...'委院署总厅部法条局测监观预研应指救防']);
const TIME_FRAME_FIRST = new Set([...'当之结前后以来发0123456789一二三四五六七八九十百多余几']);
const COVERING_BEFORE = /(?:采访|报道|报导|covering|to cover)\s*(?:the\s)?$/i;

// 闭幕记者会上, 开幕式上: the press conference or ceremony after a session is where someone spoke.
const MEETING_WHEN = /^(?:时|上|期间|式上|记者会|新闻发布会|发布会)/;
// 主持召开企业座谈会时表示: the meeting someone chaired, named after the verb, is where the words were said.
const MEETING_OBJECT_WHEN = /^[^，。；：、！？“”]{0,12}?(?:会|会议|会报|论坛)(?:时|上|期间)/;
// 政治局会议指出, 会议强调: a meeting that speaks is the speaker; what it said is the event.
const MEETING_SAYS = /^(?:会议)?(?:指出|强调|认为|表示|提出|要求|称|宣布)/;

const PREVENTED_BEFORE = /(?:\bto (?:end|stop|halt|prevent|avoid|curb|defuse) (?:the |a |an |any |further )?(?:[a-z-]+ )?|(?:防止|避免|以免|制止)[^，。；]{0,4})$/i;

const REFERENCE_BEFORE = /(?:这次|此次|那次|该次|上次)[^，。；、]{0,4}$/;

/**
 * A word inside a title (《进出口法》) or at the head of an institution's name
 * says nothing about what the sentence reports.
 */
export function partOfName(folded: string, m: TriggerMatch): boolean {
  if (m.entry.kind === 'speech') return false;
  // "…brokered in 2015 to end the fighting", 防止骚乱: what was meant to stop it, not a report of it.
  if (PREVENTED_BEFORE.test(folded.slice(Math.max(0, m.start - 28), m.start))) return true;
  if (INSTITUTION_FIRST.has(charAt(folded, m.end)) && INSTITUTION_AFTER.test(folded.slice(m.end, m.end + 4))) return true;
  // 对这次访问表示满意: a visit referred to, not one happening here (not 一次: 又一次袭击 is one).
  if (cues.reference && REFERENCE_BEFORE.test(folded.slice(Math.max(0, m.start - 6), m.start))) return true;
  if (!folded.includes('《')) return false;
  const open = folded.lastIndexOf('《', m.start);
  return open >= 0 && folded.indexOf('》', open) >= m.end && folded.lastIndexOf('》', m.start) < open;
}

// 就选举结果发表谈话, 被问及选举结果时: what someone spoke about, not what happened.
const ABOUT_BEFORE = /(?:就|针对|对于|关于|问及|谈及|谈到)[^，。；、就]{0,8}$/;

// 高喊“…”, 喊出“…”的口号, 举着写有“…”的标语: what a crowd shouted or carried.
const CHANT_BEFORE = /(?:喊|呼|叫|唱|举着|打出|写着|写有|chant(?:ed|ing)?|shout(?:ed|ing)?)\s*$/i;
const CHANT_AFTER = /^(?:的)?(?:口号|标语|横幅)/;

export function isChant(folded: string, quote: { start: number; end: number }): boolean {
  return CHANT_BEFORE.test(folded.slice(Math.max(0, quote.start - 4), quote.start)) || CHANT_AFTER.test(folded.slice(quote.end, quote.end + 3));
}

// "protest leaders", "coup supporters", "army chief": the word describes people, like 参与请愿的.
const ENGLISH_HEAD_NOUN =
  /^\s(?:leaders?|organi[sz]ers?|coordinators?|supporters?|groups?|movement|camps?|sites?|slogans?|songs?|organi[sz]ations?|chiefs?|commanders?|spokes(?:man|woman|person)|officials?|officers?|command|headquarters)\b/;

const TIME_FRAME_AFTER = /^(?:当晚|当天|当日|之际|之前|之后|结束后|发生(?:之?后|以来|当天|当晚|当日|时)|前[，,]|后[，,]|(?:[0-9一二三四五六七八九十百多余几]+(?:年|周年))?(?:以来|来)|[0-9一二三四五六七八九十百]+周年)/;

const WORK_OF = new Set(['工作', '事务', '事宜']);

// 参与请愿的教师, 遇难者 (the victims), "protest leaders": words that describe people.
export function describesPeople(text: string, folded: string, m: TriggerMatch): boolean {
  return (
    charAt(folded, m.end) === '的' || (m.entry.outcome === true && charAt(folded, m.end) === '者') ||
    // 主理2003年23条立法工作的新民党主席: the work someone once did describes them, as …的 does.
    (codeAt(folded, m.end + 2) === 0x7684 /* 的 */ && WORK_OF.has(folded.slice(m.end, m.end + 2))) ||
    (codeAt(text, m.end) === 32 && ENGLISH_HEAD_NOUN.test(text.slice(m.end, m.end + 16))) ||
    reducedSaying(text, m)
  );
}

/*
 * "News of the firing, announced in a terse statement from his office, sent thousands into the streets": a
 * past participle of saying set off by a comma after a noun describes that noun (how it became known);
 * nobody speaks in the sentence. Not "…, announced the ministry" (an inverted saying names its speaker).
 */
const REDUCED_SAYING = /^(?:announced|reported|disclosed|confirmed|revealed)$/i;
const REDUCED_SAYING_AFTER = /^\s(?:in|by|on|at|late|early|earlier|last|this|via|through|during|overnight|hours|days|minutes)\b/i;

function reducedSaying(text: string, m: TriggerMatch): boolean {
  return m.entry.kind === 'speech' && codeAt(text, m.start - 2) === 44 /* , */ && codeAt(text, m.start - 1) === 32 &&
    /[a-z]/.test(charAt(text, m.start - 3)) && REDUCED_SAYING.test(m.text) && REDUCED_SAYING_AFTER.test(text.slice(m.end, m.end + 10));
}

// The last character of a word that takes the protesters as its object: 对/向/给 (to, for), 阻止, 支持,
// 声援, 镇压, 逮捕, 驱散, 打击, 杀害, 起诉, 威胁, 警告, 呼吁, 敦促, 同情, 鼓励, 保护. Not 被 (被示威者占据:
// they did it) nor a place (斯里兰卡示威者攻占: they are the subject).
const OBJECT_BEFORE = new Set([...'对向给把让使令帮止持援压捕散打击害诉胁告吁促情励护']);

/**
 * 阻止抗议者, 对抗议者的声援, 支持抗议者: protesters (…者) as the object of
 * another word are who something was done to or for, not a protest held.
 */
export function protestersAsObject(folded: string, m: TriggerMatch): boolean {
  return m.entry.category === 'unrest' && !m.entry.outcome && charAt(folded, m.end) === '者' && OBJECT_BEFORE.has(charAt(folded, m.start - 1));
}

// The object of a verb of condemning: an article or a possessive and at most two words before the trigger.
// A headline drops the article and may close a quotation between ("says ‘everybody must condemn’ attack").
const CONDEMNED_BEFORE = /\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing))(?:\s+(?:(?:what\s+\w+\s+called\s+)?(?:the|this|that|these|those|his|her|its|their|an?)\s+)|[’'"”]\s+)(?:[\w'’-]+\s+){0,2}$/i;

/** What a remark was about (就选举结果发表谈话): said, not done. */
export function isTopic(folded: string, m: TriggerMatch): boolean {
  // "condemned the killing", "denounced the attack": what was condemned is named, not reported again.
  if (cues.condemned && m.entry.kind === 'event' && CONDEMNED_BEFORE.test(folded.slice(Math.max(0, m.start - 60), m.start))) return true;
  if (!cues.about) return false;
  if (ABOUT_BEFORE.test(folded.slice(Math.max(0, m.start - 10), m.start))) return true;
  // 对东航客机坠毁作出重要指示: a bare 对 only when a remark about it follows (not 对抗议者开枪).
  if (TO_BEFORE.test(folded.slice(Math.max(0, m.start - 18), m.start)) && REMARK_AFTER.test(folded.slice(m.end, m.end + 8))) return true;
  // 将冲突定性为"叛乱", 把抗议称为暴乱: what is called something is what the words are about.
  return NAMED_OBJECT_BEFORE.test(folded.slice(Math.max(0, m.start - 3), m.start)) && CALLED_AFTER.test(folded.slice(m.end, m.end + 4));
}
// 对甘肃临夏州积石山县6.2级地震作出重要指示: a place and a magnitude may stand between.
const TO_BEFORE = /对[^，。；、对]{0,16}$/;
const NAMED_OBJECT_BEFORE = /[将把](?:这场|这次|此次|这些|该)?$/;
const CALLED_AFTER = /^(?:定性|称为|称作|形容为|描述为|列为|认定为)/;
const REMARK_AFTER = /^[^，。；、]{0,4}(?:作出|做出|发表|表示|表态|致以)/;

/**
 * 在通话中表示, 在出席…会议时表示, "at a summit … said": the call or meeting is
 * where the words were said, not what the sentence reports; 抵台当晚 is when.
 */
export function isSetting(text: string, folded: string, m: TriggerMatch): boolean {
  if (m.entry.kind !== 'event') return false;
  // 裴洛西抵台当晚，示威者…, 会谈后双方签署…, 成立二十多年来: the arrival,
  // the talks or the founding only say when what the sentence reports happened.
  if (!m.entry.outcome && TIME_FRAME_FIRST.has(charAt(folded, m.end)) && TIME_FRAME_AFTER.test(folded.slice(m.end, m.end + 8))) return true;
  // 前往乌鲁木齐中路采访抗议活动: what a reporter was covering is where, not what.
  if (cues.covering && COVERING_BEFORE.test(folded.slice(Math.max(0, m.start - 12), m.start))) return true;
  // 主持军政府首次会议时说: the meeting someone chaired is where the words were said.
  if (m.entry.label === 'meeting') {
    const after = folded.slice(m.end, m.end + 20);
    if (MEETING_WHEN.test(after) || MEETING_SAYS.test(after) || (m.text.endsWith('召开') && MEETING_OBJECT_WHEN.test(after))) return true;
  }
  if (englishFrame(text, m)) return true;
  // 视察戈兰高地时表示, 访问美国期间: a visit or a tour someone made when speaking or doing something else.
  if (VISITING.has(m.entry.label)) {
    const at = folded.indexOf('时', m.end);
    if ((at >= 0 && at - m.end <= 14 && VISIT_WHEN.test(folded.slice(m.end, at + 1))) || VISIT_DURING.test(folded.slice(m.end, m.end + 16))) return true;
  }
  if (m.entry.category !== 'diplomacy') return false;
  const before = folded.slice(Math.max(0, m.start - 16), m.start);
  const clauseBefore = before.slice(before.search(/[^，。；：,;:]*$/));
  if (/[在于]/.test(clauseBefore) && /^(?:中|上|时|期间|之际)/.test(folded.slice(m.end))) return true;
  const englishBefore = text.slice(Math.max(0, m.start - 60), m.start);
  return /\b(?:at|during|after|before)\s[^,;.]*$/i.test(englishBefore);
}

const IN_FRAME_AFTER = /^(?:结束)?(?:之?后|以后|之?前|以前)/;
const IN_FRAME_BEFORE = /在[^，。；：、！？,;:]{0,10}$/;

/**
 * 在安倍去世后再次会见记者, 在访问结束前会见: 在…后/前 frames when something else was said
 * or done, whatever follows in the clause. findTriggers restores it when nothing else is
 * left (局势在邻国出兵干预后趋于平静: the intervention is all the sentence tells).
 */
export function inFrame(folded: string, m: TriggerMatch): boolean {
  return m.entry.kind === 'event' && !m.entry.outcome && TIME_FRAME_FIRST.has(charAt(folded, m.end)) &&
    IN_FRAME_AFTER.test(folded.slice(m.end, m.end + 4)) && IN_FRAME_BEFORE.test(folded.slice(Math.max(0, m.start - 12), m.start));
}

const VISITING = new Set(['visit', 'arrival', 'inspection']);
const VISIT_WHEN = /^[^，。；：、！？,;:]*时$/;
const VISIT_DURING = /^[^，。；：、！？,;:]{0,12}?(?:期间|之际)/;

// "the occupied West Bank", "in occupied East Jerusalem": after an article or a preposition and before
// a place's name, "occupied" describes the place; "Russian forces occupied Kherson" reports it.
const DESCRIBING_BEFORE = /\b(?:the|in|of|from|into|across|an?)\s$/i;

export function occupiedPlace(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'occupation' || codeAt(text, m.end) !== 32) return false;
  const next = codeAt(text, m.end + 1);
  return next >= 65 && next <= 90 && DESCRIBING_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

// "the women, who were seized during the attack", "seized 250 hostages": people taken are no takeover
// (power, a city or a palace seized is). A passive takes people far more often than places.
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be)\s$/i;
const PEOPLE_AFTER = /^\s(?:(?:at least|about|some|more than|nearly)\s)?(?:\d|(?:hostages?|captives?|people|civilians|soldiers|women|children|him|her|them|dozens|hundreds|thousands)\b)/i;

export function seizedPeople(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'takeover' || !/^(?:seiz|captur)/i.test(m.text)) return false;
  return PASSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 7), m.start)) || PEOPLE_AFTER.test(text.slice(m.end, m.end + 24));
}

// "a statement released Thursday", "photographs released by his office", "the statement was released":
// a document or picture put out is no release of people.
const DOCUMENT_BEFORE = /\b(?:statements?|reports?|videos?|photos?|photographs?|images?|pictures?|footage|figures|data|documents?|letters?|results|recordings?|audio|transcripts?|timelines?|maps?|charts?|lists?|plans?|findings|assessments?|analys[ie]s|details|records|files|tapes?|memos?|guidelines|guidance|accounts?)\s(?:(?:was|were|had been|has been|have been)\s)?$/i;

export function releasedDocument(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'release' && DOCUMENT_BEFORE.test(text.slice(Math.max(0, m.start - 28), m.start));
}

// "the ministry protested the shootdown", "protested what it called…": a government objecting to something
// (a diplomatic protest); "thousands protested in the capital", "protested against the law" is a street protest.
const PROTESTED_OBJECT = /^\s(?:the|a|an|its|his|her|their|what|this|that)\b/i;

export function protestedSomething(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'protests' && m.end - m.start === 9 && /^protested$/i.test(m.text) && PROTESTED_OBJECT.test(text.slice(m.end, m.end + 7));
}

// ", saying Washington had overreacted": a participle of saying after a clause; "the saying goes",
// "without saying" and "saying so" at a sentence's start report no one speaking.
export function bareSaying(text: string, m: TriggerMatch): boolean {
  return m.entry.kind === 'speech' && m.end - m.start === 6 && /^saying$/i.test(m.text) && !/[,，]\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start));
}

// 约200通电话, 数十通电话: calls counted (by a numeral or 约/多/数/几/余) are phone calls received, no diplomatic call.
const CALL_COUNT_BEFORE = new Set([...'0123456789一二两三四五六七八九十百千万多数几余约']);

export function countedCalls(folded: string, m: TriggerMatch): boolean {
  return m.entry.label === 'phone call' && codeAt(folded, m.start) === 0x901a /* 通 */ && CALL_COUNT_BEFORE.has(charAt(folded, m.start - 1));
}

// 面对灾民对救援迟缓的批评，他承认…: what someone faced sets the scene for what they said or did (not 面对面, face to face).
const FACING_BEFORE = /面对(?!面)[^，。；：,;:！？]{0,12}$/;

export function facingFrame(folded: string, m: TriggerMatch): boolean {
  if (!cues.facing) return false;
  const before = folded.slice(Math.max(0, m.start - 14), m.start);
  return FACING_BEFORE.test(before) && /^[^。；！？]{0,6}[，,]/.test(folded.slice(m.end, m.end + 8));
}

// "the strike two weeks ago on Iran's consulate": a bare strike beside a weapon or a target is a military strike;
// one beside workers, a union or pay is a walkout. Neither: left as written.
const LABOUR_CUE = /worker|union|employee|staff|walkout|picket|\bpay\b|wages?\b|teachers?|nurses?|doctors?|drivers?|miners?|industrial action|on strike|general strike/i;
const MILITARY_CUE = /missile|drone|rocket|bomb|warplane|fighter jet|air defen|artillery|military|army|consulate|embassy|killed|retaliat|counterstrike/i;
const STRIKE_ON_AFTER = /^\s+(?:[\w’'-]+\s+){0,3}?(?:on|against)\s/i;

export function militaryStrike(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'strike' || !/^strikes?$/i.test(m.text)) return false;
  if (LABOUR_CUE.test(text)) return false;
  return MILITARY_CUE.test(text) || STRIKE_ON_AFTER.test(text.slice(m.end, m.end + 40));
}

// "a missile attack", "the army attacked": an attack by a state's weapons or forces is military, not unrest.
const MILITARY_ATTACK_NEAR = /missile|drone|rocket|warplane|fighter jet|air force|artillery|military|army|navy/i;

export function militaryAttack(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'attack' || !/^(?:attack|fire)/i.test(m.text)) return false;
  return MILITARY_ATTACK_NEAR.test(text.slice(Math.max(0, m.start - 50), Math.min(text.length, m.end + 30)));
}

// "the yield on 10-year bonds fell to 3.87 per cent", "fell to a record low": a price or a rate falling is no city
// falling to a force.
const AMOUNT_AFTER = /^\s+(?:[$£€¥\d]|(?:a|an|its|their|new|record|fresh|lowest|levels?|around|about|roughly|nearly|almost|just|below|under|zero|minus|parity)\b)/i;

export function fellToAmount(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'takeover' && /^fell to$/i.test(m.text) && AMOUNT_AFTER.test(text.slice(m.end, m.end + 12));
}

// "hours before the attack", "since the coup", "after the strike": another event only says when (a time frame),
// like 会谈后 in Chinese. "responsibility for the strike", "punishment for the strike": what it refers to; so do
// "in connection with the attack", "the victims of the attack", "in the wake of the coup".
const FRAME_BEFORE_EN = /\b(?:before|after|since|until|ahead of|following|in connection with|(?:quit|quits|resigned|resigns|resign|stepped down|steps down|outrage|anger|fury|dismay|concern|concerns|fears)\s+over|(?:victims|survivors|aftermath|wake|anniversary)\s+of|(?:response|responsibility|punishment|retaliation|reprisals?|revenge|reaction)(?:\s+\w+)?\s+(?:for|to))\s+(?:the|this|that|its|his|her|their|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,3}$/;

// "since the Taliban seized power": a clause with its own verb is an event told, not a noun for a time.
const PAST_VERB = /^(?:[a-z]+ed|took|fell|fled|met|struck|fought|shot|won|sent|began|came|held|left|hit|broke|gave|ran)\b/i;

export function englishFrame(text: string, m: TriggerMatch): boolean {
  const c = codeAt(text, m.start);
  if (c > 127 || m.entry.kind !== 'event' || m.entry.outcome || PAST_VERB.test(m.text)) return false;
  return FRAME_BEFORE_EN.test(text.slice(Math.max(0, m.start - 70), m.start));
}

// "It was the first time Iran has ever launched…": a yardstick for what happened, told elsewhere; nothing new.
// "the first major assassination attempt on a sitting head of government since …": what stands between "the
// first" and "since" is measured against what came before (Djindjic "was shot dead in 2003", after since, is that
// history, told with its own date).
const YARDSTICK = /\bthe first time\b[^.;]*?\b(?:has|have|had)\s+ever\b/i;
const FIRST_SINCE = /\bthe first\b[^.;]{0,120}?\bsince\b(?!\s+\d)/i;

/** Where a yardstick starts and ends in `text` (end: the text's length when it runs to the end); null if none. */
export function yardstickSpan(text: string): { start: number; end: number } | null {
  if (!text.includes('first')) return null;
  const y = YARDSTICK.exec(text);
  if (y) return { start: y.index, end: text.length };
  const f = FIRST_SINCE.exec(text);
  return f ? { start: f.index, end: f.index + f[0].length } : null;
}

// "Israel has not claimed", "did not attack", 无意同中国发生冲突, 不寻求…: a negated verb reports nothing.
// "No violence will be tolerated", "no deaths were reported": a thing said not to be is none.
const NEGATED_BEFORE_EN = /\b(?:not|never|n[’']t|no longer|no)\s+(?:(?:yet|been|ever|formally|publicly|officially)\s+)?$/i;
// An intent disowned (无意, 不寻求) may stand a few words off (无意同中国发生冲突); a plain 未/没有 right before the verb.
const NEGATED_BEFORE_ZH = /(?:(?:无意|不寻求|无意于)[^，。；：、！？“”]{0,8}|(?:不会|没有|未|并未|从未|并没有))$/;

// Only strong event words (税没有收缴 still concerns taxes); 没有表示异议 is a stance taken, "has not claimed" none.
export function negated(text: string, folded: string, m: TriggerMatch): boolean {
  if (m.entry.kind === 'event' ? m.entry.weight < 1.5 : m.entry.kind !== 'speech') return false;
  if (codeAt(text, m.start) > 127) return m.entry.kind === 'event' && NEGATED_BEFORE_ZH.test(folded.slice(Math.max(0, m.start - 12), m.start));
  return NEGATED_BEFORE_EN.test(text.slice(Math.max(0, m.start - 28), m.start));
}

// 承认香港法院的清盘令, 承认…判决: to recognise a ruling or a government is no statement; 的表态 is a noun (a stance).
const RECOGNISED_AFTER = /^[^，。；：！？,;]{0,14}?(?:判决|裁决|裁定|清盘令|命令|合法性|合法地位|政权|主权|独立)/;

// 根据这份解释，, 人大常委会的解释，: 解释 after a measure word or 的 is an interpretation (a noun), not explaining.
const NOUN_BEFORE = new Set([...'份项种个的该此这那其据作']);

export function notSaying(folded: string, m: TriggerMatch): boolean {
  if (m.entry.kind !== 'speech') return false;
  if (purposeOf(folded, m.start)) return true;
  if (m.end - m.start === 3 && folded.startsWith('解释', m.start)) return NOUN_BEFORE.has(charAt(folded, m.start - 1));
  if (m.end - m.start !== 2) return false;
  const word = folded.slice(m.start, m.end);
  if (word === '承认') return RECOGNISED_AFTER.test(folded.slice(m.end, m.end + 24));
  return word === '表态' && charAt(folded, m.start - 1) === '的';
}

// 真主党为声援哈马斯，…交火, 为了表示诚意: a saying after 为/为了 is the purpose of what the clause reports, not
// something said (not 认为, 成为, 作为, 视为…, where 为 ends another word).
const NOT_PURPOSE_BEFORE = new Set([...'认成作因以称视行改定列分更较极最尤颇甚广身誉变转化'].map((c) => c.codePointAt(0)!));

function purposeOf(folded: string, start: number): boolean {
  let at = start - 1;
  if (codeAt(folded, at) === 0x4e86 /* 了 */) at--;
  return codeAt(folded, at) === 0x4e3a /* 为 */ && !NOT_PURPOSE_BEFORE.has(codeAt(folded, at - 1));
}

// "the state of emergency would allow the government to deploy…", "enables police to detain": what someone is
// allowed or able to do has not happened. Only an infinitive ("to " right before the word, a cheap check).
const ENABLED_BEFORE = /\b(?:allows?|allowed|allowing|enables?|enabled|enabling|permits?|permitted|empowers?|empowered|authori[sz]es|able)\s+(?:[\w’'-]+\s+){0,3}?to\s$/i;

export function enabledOnly(text: string, m: TriggerMatch): boolean {
  if (m.entry.kind !== 'event' || m.start < 3 || codeAt(text, m.start - 1) !== 32 || text.slice(m.start - 3, m.start - 1) !== 'to') return false;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  // "directed him to appear before the high court on Friday": an appearance ordered is what the order says, no hearing held.
  return ENABLED_BEFORE.test(before) || (m.entry.label === 'court hearing' && DIRECTED_BEFORE.test(before));
}
const DIRECTED_BEFORE = /\b(?:directed|directs|ordered|orders|instructed|summoned|summons|told|asked|called on)\s+(?:[\w’'-]+\s+){0,3}?to\s$/i;

// "Both houses are due to meet together as a Congress", "MPs met", "the cabinet will meet": a parliament or a
// government's own body sitting is a meeting at home, no diplomacy. The body is the subject (before the verb,
// within its clause) or what it meets as ("as a Congress"). "met with …" names whom someone met: left as talks.
// "The Accession Council, a body of privy counsellors, met": a council of the state's own (not the Security
// Council, the European Council or a council of ministers of many states) meeting is at home too.
const DOMESTIC_BODY_BEFORE = /\b(?:coalition (?:leaders|partners|parties|committee)|party leaders|ruling parties|houses|parliament|parliaments|lawmakers|legislators|MPs|senators|deputies|congress|(?<!general\s)assembly|cabinet|senate|politburo|central committee|government ministers|policymakers|policy-makers|rate-setters|monetary policy committee|central bank(?:ers)?|privy counsellors|privy councillors|(?<!security\s|european\s|rights\s|nato-russia\s|arctic\s|atlantic\s|cooperation\s|gulf\s)council)\b(?:[^,;.:]{0,30}|,\s*)$/i;
const DOMESTIC_BODY_AFTER = /^\s+(?:together\s+)?(?:as|in)\s+(?:a|the)\s+(?:congress|parliament|joint session|plenary|cabinet)\b/i;

export function domesticMeeting(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'talks') return false;
  // 拜会朝野党团: a premier calling on the legislature's party caucuses is at home.
  if (codeAt(text, m.start) > 127) return DOMESTIC_COUNTERPART_ZH.test(text.slice(m.end, m.end + 8));
  // "Yellen met with the heads of the Fed": whom an official met is a body of their own country's.
  if (/with$/i.test(m.text)) return DOMESTIC_COUNTERPART.test(text.slice(m.end, m.end + 60));
  // "German coalition leaders meet for crisis talks": a government's own parties talking is at home too.
  if (/talks$/i.test(m.text)) return COALITION_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
  if (!/meet|met\b|session/i.test(m.text)) return false;
  return DOMESTIC_BODY_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start)) || DOMESTIC_BODY_AFTER.test(text.slice(m.end, m.end + 40));
}

const DOMESTIC_COUNTERPART_ZH = /^(?:各|了)?(?:朝野|各党|各黨|党团|黨團|立法院党团|立法院黨團)/;

const COALITION_BEFORE = /\b(?:coalition (?:leaders|partners|parties|committee)|party leaders|ruling parties)\b[^,;.:]{0,30}$/i;

// "met with the heads of the Fed", "met with regulators", "met with his cabinet": officials and bodies at home
// (a central bank, regulators, lawmakers, governors, bankers); "met with Chinese officials" is left as talks.
const DOMESTIC_COUNTERPART =
  /^\s+(?:(?:the\s+)?(?:heads?|chiefs?|leaders?|members?|executives?)\s+of\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:top\s+)?(?:Fed\b|Federal Reserve|central bank|(?:banking\s+|financial\s+)?regulators|FDIC|lawmakers|legislators|senators|congressional|governors|mayors|bankers|bank executives|business leaders|union leaders|opposition leaders|cabinet|advisers|advisors|aides)/i;

// 前往中央灾害应变中心, 赶赴灾区, 前往桃园勗勉海军陆战队 (troops at home), "visited the hospital", "visited the quake-hit region": a leader going to a
// disaster centre, a site or a hospital is a visit at home, no diplomacy.
const DOMESTIC_PLACE_ZH = /^[^，。；：！？]{0,14}?(?:部队|军营|营区|陆战队|舰队|官兵|勉励|勖勉|勗勉|慰问|灾区|现场|医院|中心|指挥部|指挥所|灾民|受灾|灾情|工地|矿区|收容所|安置)/;
const DOMESTIC_PLACE_EN = /^\s+(?:[\w’'-]+\s+){0,3}?(?:hospital|scene|disaster|quake-hit|flood-hit|storm-hit|affected areas?|victims|wounded|injured|emergency|crisis centre|command centre|site of|rescue)\b/i;

// "The King will visit Scotland, Northern Ireland and Wales": the sovereign named by a bare title (the article's
// own) touring the nations or regions of the realm is a tour at home, no diplomacy.
const BARE_SOVEREIGN_BEFORE = /(?:^|[.;:]\s*|,\s*)the\s+(?:king|queen|monarch|sovereign)(?:\s+and\s+the\s+queen consort)?\s+(?:will|would|is to|is due to|is set to|plans to|is expected to)?\s*$/i;
const REALM_PARTS_EN = /^\s+(?:(?:England|Scotland|Wales|Northern Ireland|the four nations|each of the nations|the nations of the UK|the regions|the provinces)(?:,\s*|\s+and\s+|\s*$|\b))+/i;

export function domesticVisit(text: string, folded: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'arrival' && m.entry.label !== 'visit') return false;
  if (codeAt(text, m.start) > 127) return DOMESTIC_PLACE_ZH.test(folded.slice(m.end, m.end + 20));
  if (/visit$/i.test(m.text) && REALM_PARTS_EN.test(text.slice(m.end, m.end + 60)) && BARE_SOVEREIGN_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start))) return true;
  return DOMESTIC_PLACE_EN.test(text.slice(m.end, m.end + 50)) || (text.includes(' to ') && MOURNING_PURPOSE_EN.test(text.slice(m.end, m.end + 70)));
}

// "had visited Southport earlier that day to lay flowers", "visited the town to meet the families": a leader going
// to mourn with a town or meet its victims, no diplomacy.
const MOURNING_PURPOSE_EN = /^[^.;:,]{0,45}?\bto\s+(?:lay\s+(?:flowers|a\s+wreath)|pay\s+(?:his|her|their)\s+respects|meet\s+(?:the\s+)?(?:victims|survivors|families|bereaved|first responders|emergency workers|rescuers|residents)|(?:see|survey|inspect)\s+the\s+damage)\b/i;

// "Gunmen stormed a concert hall", "militants storming the base": armed men storming a place attack it;
// protesters storming a parliament protest. Who stormed stands shortly before the verb.
const ARMED_BEFORE = /\b(?:gunmen|gunman|militants?|attackers?|assailants?|terrorists?|insurgents?|fighters|jihadists?|commandos?|soldiers|troops|(?:armed|masked)\s+(?:men|man|group))\b[^.;:]{0,40}$/i;

export function armedStorming(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'protests' || !/^storm/i.test(m.text)) return false;
  return ARMED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

// "Customers tried to withdraw $42 billion", "withdrew their deposits": money taken out of a bank is a run on it,
// no troops withdrawn.
const MONEY_AFTER = /^\s+(?:(?:about|nearly|almost|more than|some|over|all|their|its|his|her|the|of|a|an|record)\s+){0,3}(?:[$£€¥]|US\$|(?:deposits|money|funds|cash|savings|billions|millions)\b)/i;

export function moneyWithdrawn(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'troop withdrawal' || !/^withdr/i.test(m.text)) return false;
  return MONEY_AFTER.test(text.slice(m.end, m.end + 40));
}

// "The magnitude 7.6 quake … struck at 4:10 p.m.", "the earthquake that struck central Japan", "was struck by a
// typhoon": what struck is a disaster, not a force. The disaster stands shortly before (its clause's subject,
// across an inserted which-clause) or after "by".
const NATURAL_BEFORE = /\b(?:quakes?|earthquakes?|aftershocks?|tremors?|tsunamis?|typhoons?|hurricanes?|cyclones?|tornado(?:es)?|storms?|floods?|wildfires?|blazes?|lightning)\b[^.;!?]{0,110}$/i;
const NATURAL_AFTER = /^\s+by\s+(?:[\w’'.-]+\s+){0,4}?(?:quake|earthquake|aftershock|tremor|tsunami|typhoon|hurricane|cyclone|tornado|storm|flood|wildfire)/i;

export function naturalStrike(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'use of force' || !/^struck$/i.test(m.text)) return false;
  return NATURAL_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) || NATURAL_AFTER.test(text.slice(m.end, m.end + 50));
}

// "Lindner had proposed to coalition leaders that…", "proposed that the parties agree": a proposal put to one's own
// government, coalition or parliament, or a proposal told as what was said, is a statement, no diplomatic initiative.
const PROPOSED_AT_HOME = /^\s+(?:to\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:coalition|cabinet|parliament|lawmakers|legislators|party|parties|bundestag|congress|ministers|colleagues|members)\b|that\b)/i;

export function proposedAtHome(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'initiative' && /^proposed$/i.test(m.text) && PROPOSED_AT_HOME.test(text.slice(m.end, m.end + 40));
}

// "the motions it had filed since he took office in May 2022": taking office after since/when/before/after and
// a pronoun only says from when; "The coalition took office in December 2021" reports it.
const OFFICE_FRAME_BEFORE = /\b(?:since|when|before|after|until|soon after|shortly after)\s+(?:he|she|they|it|we|i)\s+(?:first\s+)?$/i;

export function officeFrame(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'government change' && /^t(?:ook|akes) office$/i.test(m.text) && OFFICE_FRAME_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

// "A seven-story building also toppled onto its side", "the statue was toppled": a thing falling over is no
// takeover; "the army toppled the government" is.
const TOPPLED_THING_BEFORE = /\b(?:buildings?|houses?|homes?|towers?|trees?|walls?|statues?|poles?|cranes?|bridges?|structures?|blocks?|chimneys?|pylons?|containers?|trucks?|cars?|vehicles?)\b[^,;.:]{0,25}$/i;
const TOPPLED_OVER_AFTER = /^\s+(?:onto|over|into|off|down|from)\b/i;

export function physicalTopple(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'takeover' || !/^toppl/i.test(m.text)) return false;
  return TOPPLED_OVER_AFTER.test(text.slice(m.end, m.end + 12)) || TOPPLED_THING_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
}

// "a police officer shot Ashli Babbitt", "he was shot multiple times": "shot" reports a shooting only with a person
// shot (a name, a pronoun, people) or in the passive; "shot a video", "shares shot up", "shot to fame" report none.
const SHOT_PASSIVE_BEFORE = /\b(?:was|were|been|being|be|got|get|gets|is|are)\s+(?:(?:fatally|reportedly|allegedly|also|twice|then|later)\s+)?$/i;
const SHOT_PERSON_AFTER = /^\s+(?:(?:and\s+(?:killed|wounded|injured))|dead\b|him\b|her\b|them\b|(?:at\s+least\s+|two|three|several|\d+)\S*\s+(?:people|protesters|civilians|men|women|officers|students)\b|(?:a|an|the|one)\s+(?:[\w’'-]+\s+){0,2}?(?:man|woman|boy|girl|protester|demonstrator|officer|student|civilian|journalist|suspect|rioter|teenager)\b|(?!(?:The|A|An|It|This|That|On|In|At)\b)[A-Z][a-z]+\s+[A-Z])/;

export function shotNoPerson(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'shooting') return false;
  return !SHOT_PASSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !SHOT_PERSON_AFTER.test(text.slice(m.end, m.end + 50));
}

// "Shortly after 2 p.m., as the House and Senate met in a joint session, rioters stormed…", "While lawmakers met,": an opening
// "as"/"while" clause before a comma only says when the main clause happened (English; findTriggers restores it
// when nothing else is left).
const AS_CLAUSE_BEFORE = /(?:^|[,;]\s*)(?:as|while)\s+(?!well\b|part\b|of\b|a result\b|long\b|much\b|many\b|soon\b|if\b|though\b)[^,;.:“”"]{0,100}$/i;

export function asClause(text: string, m: TriggerMatch): boolean {
  if (m.entry.kind !== 'event' || m.entry.outcome || codeAt(text, m.start) > 127) return false;
  const comma = text.indexOf(',', m.end);
  if (comma < 0 || comma - m.end > 60 || /[;.:]/.test(text.slice(m.end, comma))) return false;
  // Only an opening clause (at the start, or after a short time phrase: "Shortly after 2 p.m. Wednesday, as…"):
  // ", as the death toll … rose" after the main clause tells more of what happened.
  if (m.start > 150) return false;
  const found = AS_CLAUSE_BEFORE.exec(text.slice(0, m.start));
  return found !== null && found.index <= 40;
}

// "The Supreme Court on Thursday declared the arrest … “invalid and unlawful”", "Chief Justice Aamer Farooq had
// declared the arrest legal": a court or judge declaring something lawful or not rules on it (a ruling, not a
// statement), and what it rules on (the arrest) is its object, not a new event. English; the verb's own
// subject (a court, bench, judge or justice) within the clause before it, the verdict within the sentence after.
const COURT_BEFORE = /\b(?:court|bench|judge|justice|tribunal|magistrate)\b[^,;.:]{0,45}$/i;
const VERDICT_AFTER = /^[^;.]{0,160}?\b(?:illegal|unlawful|invalid|legal|lawful|valid|unconstitutional|constitutional|void|null)\b/i;

/** The end of what the court ruled on (the verdict word), or -1 when `m` is no court's declaration. */
export function courtDeclared(text: string, m: TriggerMatch): number {
  if (m.entry.kind !== 'speech' || !/^declare[sd]?$/i.test(m.text)) return -1;
  if (!COURT_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return -1;
  const verdict = VERDICT_AFTER.exec(text.slice(m.end, m.end + 200));
  return verdict ? m.end + verdict[0].length : -1;
}

// "It suspends the debt limit", "suspended flights": suspending a rule, a limit or a service is no suspension of a
// member from a bloc ("the African Union suspends Sudan"). Dropped: the thing suspended names the event, if any.
const SUSPENDED_THING_AFTER = /^\s+(?:the|a|an|its|their|his|her|all)\s+(?:[\w’'-]+\s+){0,2}?(?:limit|limits|ceiling|law|laws|rule|rules|tax|taxes|payments?|fees?|operations?|flights?|services?|production|trading|exports?|imports?|requirements?|campaign|licen[cs]es?)\b/i;

export function suspendedThing(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'suspension' && /^suspend/i.test(m.text) && SUSPENDED_THING_AFTER.test(text.slice(m.end, m.end + 50));
}

// 經深圳灣口岸抵港, 由落馬洲口岸入境: a border crossing people pass through is a place, no customs matter
// (口岸 followed by a movement: arriving, entering, leaving, returning). Dropped: the movement names the event.
const CROSSED_AFTER = /^(?:抵|入境|出境|离境|过境|返|进入|离开|前往|南下|北上)/;

export function crossingPassed(folded: string, m: TriggerMatch): boolean {
  return m.entry.label === 'customs' && m.end - m.start === 2 && folded.startsWith('口岸', m.start) && CROSSED_AFTER.test(folded.slice(m.end, m.end + 2));
}

// "a remotely operated vehicle deployed from the ship", "sonar buoys were deployed": a machine put to work in a
// search, no troops sent (armoured or military vehicles deployed are troops).
const DEVICE_BEFORE = /\b(?:(?<!armou?red\s|military\s|combat\s|armed\s|police\s|army\s|tactical\s)vehicles?|robots?|ROVs?|submersibles?|sonar|buoys?|equipment|devices?|cameras?|sensors?|airbags?|parachutes?|booms?|pumps?|nets?)\s+(?:(?:was|were|has been|had been|have been|being|been|is|are)\s+)?$/i;

export function deployedDevice(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'troops deployed' && /^deploy/i.test(m.text) && DEVICE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

// "The Titanic struck an iceberg and sank", "the ferry struck a reef": a ship or vehicle striking something in its
// way is an accident, no use of force ("a missile struck the bridge" stays force).
const OBSTACLE_AFTER = /^\s+(?:an?\s+|the\s+)?(?:submerged\s+|underwater\s+)?(?:iceberg|reef|rocks?|sandbar|sandbank|shoal|pier|jetty|seawall|breakwater|bridge|(?:sea\s+|naval\s+)?mine)\b/i;

const WEAPON_BEFORE = /\b(?:missiles?|rockets?|drones?|shells?|bombs?|artillery|warplanes?|jets?|aircraft|torpedo(?:es)?|forces|troops|army|military)\b[^.;!?]{0,60}$/i;

export function struckObstacle(text: string, m: TriggerMatch): boolean {
  return m.entry.label === 'use of force' && /^struck$/i.test(m.text) && OBSTACLE_AFTER.test(text.slice(m.end, m.end + 30)) &&
    !WEAPON_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
}

// 中共中央、国务院致电…中国体育代表团: a message to one's own team, troops or scientists is a congratulation at
// home (a statement), no diplomacy; a message to a leader or a government abroad stays one.
const HOME_RECIPIENT = /^[^，。；,;]{0,40}?(?:代表团|代表團|健儿|健兒|运动员|運動員|全体|全體|官兵|指战员|指戰員|科研人员|科研人員|参研参试|參研參試|航天员|航天員|救援队|救援隊|医护人员|醫護人員|工作者)/;
const FOREIGN_RECIPIENT = /^[^，。；,;]{0,40}?(?:总统|總統|国王|國王|女王|首相|总理|總理|主席|领导人|領導人|政府|外长|外長|大使|总督|總督)/;

export function homeMessage(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'message' || !/^致(?:电|電|函|信)$/.test(m.text)) return false;
  const after = text.slice(m.end, m.end + 48);
  return HOME_RECIPIENT.test(after) && !FOREIGN_RECIPIENT.test(after);
}
