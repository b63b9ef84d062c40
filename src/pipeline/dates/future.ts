/**
 * Future cues: does the text point ahead of publication?
 *
 * `pointsAhead` answers for a whole sentence. The resolver asks a narrower
 * question, `aheadCue`, about one expression: is there a cue in the same
 * clause, before it, or after it with no verb of saying in between? In news,
 * "王毅10日表示，将加强合作" is a past statement about a future act; reading
 * its 10日 as the next 10th because the sentence contains 将 would be wrong,
 * while "双方15日将举行会谈" and "会议定于20日举行" do point ahead.
 */
import { charTable, normalise } from './numerals.ts';

/** 将 means "will" before these; otherwise it is the object marker (将事件定性为), 将军, 将近… */
const JIANG_FUTURE_NEXT = '于会要在可能继进持举召前访出对与同向从由成达派开启实重加提赴再首正率发依';
/**
 * 计划 "plans to" only when it governs what follows (计划于, 计划下周访华);
 * otherwise it is the noun "plan". A determiner or 按照/根据 before it (该计划,
 * 按照计划), a numbered or named plan (五年计划, 排放计划, 行动计划), or
 * something only a noun takes after it (计划的, 计划、, 计划署, 计划，) make it
 * the noun.
 */
const PLAN_NOUN_BEFORE = '该此项的个份一这新原其按照据';
const PLAN_COMPOUNDS = [
  '排放', '排海', '行动', '援助', '救助', '发展', '改革', '投资', '复苏', '刺激', '和平', '建设', '工作', '研究',
  '训练', '作战', '撤军', '撤离', '疏散', '移民', '生育', '登月', '太空', '核', '军事', '经济', '贷款', '重建',
  // Traditional forms `normalise` leaves as they are.
  '投資', '復甦', '復蘇', '建設', '訓練', '作戰', '撤軍', '撤離', '軍事', '經濟', '貸款',
];
const PLAN_NOUN_AFTER = '的、和与及或等中里内外书署案表纲草是被也都，,。；;：:！!？?）)”」』';
/** 说明天, 表明年: 明 closing another word. */
const MING_WORD_BEFORE = '说表证声阐查发标透光指聪文简分';

const ZH_CUE = new RegExp(
  [
    '将于|将会|将要|即将',
    `将(?=[${JIANG_FUTURE_NEXT}])`,
    // 运河管理局31日将展开调查: "will launch"; 展 alone may be the object (将展品运走).
    '将(?=展开)',
    // 将拜会朝野党团 "will call on"; 将拜登… is the object marker before a name.
    '将(?=拜[会访见谒])',
    // 将被羁押 "will be held"; 将被告人 is the object marker before 被告 (defendant).
    '将被(?![告子褥])',
    // 今日會繼續搜索, 明天会再次举行: 会 "will" right before a verb of going on or holding (not 会议, 会见, 社会).
    // The day is checked behind 会, not ahead of it: a pattern that opens with a lookbehind loses the engine's
    // first-character scan, and this one runs over every Chinese sentence (13 → 190 ms in 1,000 articles).
    '[会會](?<=[日天晚晨早][会會])(?=继续|繼續|再次|再度|举行|舉行|恢复|恢復)',
    `(?<![${PLAN_NOUN_BEFORE}]|[0-9一二三四五六七八九十]年|${PLAN_COMPOUNDS.join('|')})计[划画](?![${PLAN_NOUN_AFTER}]|$)`,
    // 原定于8月6日到期: "originally due on", a schedule told of the past, not one still standing.
    '预计|预定|预期|定于(?<!原定于)|有望|打算|届时|直至|直到|未来|今后',
    '下周|下星期|下礼拜|下个?月|后天',
    `(?<![${MING_WORD_BEFORE}])明[天日年]`,
  ].join('|'),
  'g',
);

/**
 * "Is due to rule", "are due to begin", "he is to meet": a plan still standing.
 * So are "doctors are likely to operate again as early as Friday" (a present
 * likelihood) and "her resignation takes effect Monday" (a present schedule). Only in the
 * present and before a verb: "was due to leave" and "had been due to take
 * effect on Sunday" tell of a plan for a day that may be gone, and "is due to
 * the strike" gives a cause.
 */
const EN_DUE_VERBS =
  'be|begin|start|take|rule|decide|meet|vote|arrive|visit|travel|return|hold|host|attend|sign|speak|address|testify|appear|face|resume|hear|deliver|give|release|publish|announce|unveil|present|submit|debate|open|reopen|close|end|expire|finish|complete|leave|fly|land|launch|enter|reach|receive|issue|make|hand|stand|sit|go|come';
const EN_CUE = new RegExp(
  `\\b(?:will|shall|won't|going to|plans? to|(?<!had\\s+been\\s+)planned\\s+(?:to|for)|intends? to|expected to|scheduled|set to|until|till|next(?!\\s+to\\b)|tomorrow|upcoming|later this|(?:is|are)\\s+(?:also\\s+|now\\s+|still\\s+)?(?:due\\s+)?to\\s+(?:${EN_DUE_VERBS})|(?:is|are)\\s+(?:\\w+\\s+)?(?:un)?likely\\s+to|takes\\s+effect)\\b|'ll\\b`,
  'gi',
);

/**
 * Modals that point ahead only in the writer's own voice: "which could be
 * announced later this month". After a verb of saying ("warned that Pyongyang
 * would…", "said it would…") they are the speaker's, and a past report may
 * tell of a day already gone. Case-sensitive, so the month May is no cue;
 * "could have" looks back.
 */
const EN_WEAK_CUE = /\b(?:could|would|may|might)\b(?!\s+(?:not\s+)?have\b)/g;

const ZH_SPEECH = /表示|说|称|指出|强调|认为|宣布|透露|介绍|警告|呼吁|承诺|许诺|声明|表明|报道|报导|证实/;
const EN_SPEECH =
  /\b(?:said|says|told|announced|stated|added|warned|noted|claimed|reported|saying|telling|announcing|stating|adding|warning|noting|claiming|reporting)\b/i;
/** Verbs whose object a modal may belong to ("vowed they would…"): the weak cues' gate. */
const EN_REPORTING =
  /\b(?:said|says|told|announced|stated|added|warned|noted|claimed|reported|vowed|promised|threatened|insisted|argued|suggested|believed|thought|feared|hoped|predicted|estimated|acknowledged|admitted|confirmed|explained|indicated|declared|denied|agreed|decided|saying|telling|announcing|stating|adding|warning|noting|claiming|reporting|vowing|promising|threatening|insisting|arguing)\b/i;

const ZH_CLAUSE_BREAK = charTable('，,。；;：:！!？?“”「」『』\n');
/** English dates carry commas (January 10, 2022), so commas do not end a clause here. */
const EN_CLAUSE_BREAK = charTable(';:!?"“”()\n');

const HAS_CJK = /[\u3400-\u9fff]/;

/**
 * "Until" points ahead when what it waits for is still to come ("will fight
 * until a deal is reached", "the curfew holds until troops leave"), not in a
 * clause told in the past ("ordered troops to keep fighting until Hamas
 * handed over"). A date right after it is read as the range end instead.
 * A passive after is/are/be ("until a deal is reached") is no past.
 */
const EN_PAST =
  /(?<!\b(?:is|are|be|been|being|get|gets)\s+)\b(?:was|were|had|did|[a-z]{3,}ed|began|fell|rose|took|came|went|left|fought|held|won|lost|made|saw|ran|grew|kept|met|said|told|broke|stood|spent|sent|brought|became|withdrew|gave|drew|struck|fled|wrote)\b/i;
/** Whether English text holds a verb in the past (was, had, fled, …ed). */
export const hasPastVerb = (text: string): boolean => EN_PAST.test(text);

/**
 * The day a stretch runs up to ("until Jan. 3", "through March 31") is still
 * ahead when the stretch is being set ("extended the emergency through Jan.
 * 21", "the curfew holds until Monday", "would stay shut until Friday"), and
 * past when its clause tells of a stretch already over ("fighting continued
 * until Jan. 3", "protesters stayed until Monday"): then it is the latest such
 * day, as any date told in the past. `before` is the sentence up to the date.
 */
/** Verbs that set a stretch running (their stems): extend, impose, postpone… (see also datesNothing.ts). */
export const STRETCH_SETTERS = 'extend|prolong|impos|reimpos|declar|order|suspend|postpon|adjourn|renew';
const EN_SETS_STRETCH = new RegExp(
  `\\b(?:${STRETCH_SETTERS})[a-z]*\\b|\\b(?:will|would|could|may|might|to)\\s+(?:\\w+\\s+)?(?:remain|stay|last|continue|run|be)\\b`,
  'i',
);
const EN_PERFECT_OR_PRESENT = /\b(?:has|have|is|are|remains|stays|holds|lasts|runs)\b/i;

export function untilAhead(before: string): boolean {
  if (!hasPastVerb(before) || EN_SETS_STRETCH.test(before)) return true;
  EN_CUE.lastIndex = 0;
  const cue = EN_CUE.test(before);
  EN_CUE.lastIndex = 0;
  return cue || EN_PERFECT_OR_PRESENT.test(before.slice(Math.max(0, before.search(EN_FINITE_PAST))));
}

/**
 * A verb told in the past that heads a clause ("Truss resigned", "Hunt
 * reversed"): a date in that clause is past, and a will/would after it belongs
 * to a later clause ("…, leaving the party … a contest that will finish";
 * "…, saying the government would…"). Not a participle after a determiner or
 * an auxiliary (the delayed vote, is expected), a relative pronoun (the court
 * that convicted him) or a hyphen (US-backed); not the cue words themselves.
 */
const EN_FINITE_PAST =
  /(?<!\b(?:the|a|an|its|their|his|her|our|your|this|these|those|that|which|who|is|are|was|were|be|been|being|get|gets|got|has|have|had|will|would|to|newly|recently|long)\s+)(?<![-'’])\b(?!(?:indeed|proceed|exceed|succeed|hundred|kindred|scheduled|expected|planned|intended|needed)\b)(?:was|were|did|[a-z]{2,}ed|began|fell|rose|took|came|went|fought|won|lost|saw|ran|grew|kept|met|broke|stood|spent|sent|brought|became|withdrew|gave|drew|struck|fled|wrote)\b/i;
/** A relative clause after the date has its own tense: "in a contest that will finish", ", which…". */
const EN_RELATIVE = /\b(?:which|who|that\s+(?:will|would|could|may|might|shall))\b/i;

/**
 * Where, after the expression at [start, end), a cue stops governing it: at
 * once when its clause already has a past finite verb before it, else at the
 * first past finite verb or relative clause after it.
 */
function englishReach(text: string, from: number, start: number, end: number, to: number): number {
  if (EN_FINITE_PAST.test(text.slice(from, start))) return end;
  const rest = text.slice(end, to);
  const past = rest.search(EN_FINITE_PAST);
  const relative = rest.search(EN_RELATIVE);
  const first = Math.min(past < 0 ? Infinity : past, relative < 0 ? Infinity : relative);
  return first === Infinity ? to : end + first;
}

/** ", but" opens another clause: a cue on one side does not reach the other. */
const EN_BUT = ', but ';

export function isChinese(text: string): boolean {
  return HAS_CJK.test(text);
}

/** Whether the sentence signals the future anywhere (将, 预计, 下周, will, next week…). */
export function pointsAhead(sentence: string): boolean {
  const chinese = isChinese(sentence);
  const cue = chinese ? ZH_CUE : EN_CUE;
  cue.lastIndex = 0;
  const found = cue.test(chinese ? normalise(sentence) : sentence);
  cue.lastIndex = 0;
  return found;
}

/**
 * Whether a future cue governs the expression at [start, end) of a
 * normalised sentence: a cue earlier in its clause, or later in it before any
 * verb of saying. Cues inside the expression itself (下周三) do not count.
 */
export function aheadCue(text: string, start: number, end: number, chinese: boolean): boolean {
  const clauseBreak = chinese ? ZH_CLAUSE_BREAK : EN_CLAUSE_BREAK;
  let from = start;
  while (from > 0 && clauseBreak[text.charCodeAt(from - 1)] === 0) from--;
  let to = end;
  while (to < text.length && clauseBreak[text.charCodeAt(to)] === 0) to++;
  if (!chinese) {
    const but = text.lastIndexOf(EN_BUT, start - EN_BUT.length);
    if (but >= from) from = but + EN_BUT.length;
    const butAfter = text.indexOf(EN_BUT, end);
    if (butAfter >= 0 && butAfter < to) to = butAfter;
  }
  const cue = chinese ? ZH_CUE : EN_CUE;
  const speech = chinese ? ZH_SPEECH : EN_SPEECH;
  cue.lastIndex = from;
  let answer = false;
  // Computed once, and only when a cue after the expression needs it.
  let reach = -1;
  for (let m = cue.exec(text); m && m.index < to; m = cue.exec(text)) {
    const cueEnd = m.index + m[0].length;
    if (!chinese && /^(?:until|till)$/i.test(m[0]) && EN_PAST.test(text.slice(from, Math.min(to, cueEnd + 60)))) continue;
    if (cueEnd <= start) {
      answer = true;
      break;
    }
    if (m.index >= end && !speech.test(text.slice(end, m.index))) {
      if (!chinese) {
        if (reach < 0) reach = englishReach(text, from, start, end, to);
        if (m.index >= reach) break;
      }
      answer = true;
      break;
    }
  }
  cue.lastIndex = 0;
  if (answer || chinese) return answer;
  return weakCue(text, from, start, end, to);
}

/**
 * 今天将继续举行, 今晚还将, 将于今天下午举行: a future cue right at the
 * expression (only a time of day, a clock's name or an adverb between) says the act is still
 * to come on that day, as "later on Monday" does; 今天表示，将… is a saying
 * today. Not 直到今天 ("to this day"), nor cues that name another time
 * (明天, 下周, 未来).
 */
const ZH_GAP_AFTER =
  /^(?:[上下中]午|早上|上午|晚上|晚间|傍晚|晚些时候|稍后|稍晚|[0-9]{1,2}[时点](?:[0-9]{1,2}分|半)?许?)?(?:还|也|仍|又|再|均|都|亦|则)?$/;
// 将于纽约时间周一上午: a clock named between the cue and the day.
const ZH_GAP_BEFORE = /^[在于於]?(?:[\u4e00-\u9fff]{1,5}(?:时间|時間))?$/;
const ZH_SAME_DAY_CUE = /^(?:将|即将|预计|预定|定于|有望|打算|计[划画]|[会會])/;

export function cueAtExpression(text: string, start: number, end: number): boolean {
  ZH_CUE.lastIndex = Math.max(0, start - 12);
  let answer = false;
  for (let m = ZH_CUE.exec(text); m && m.index <= end + 8; m = ZH_CUE.exec(text)) {
    if (!ZH_SAME_DAY_CUE.test(m[0])) continue;
    const cueEnd = m.index + m[0].length;
    if ((cueEnd <= start && ZH_GAP_BEFORE.test(text.slice(cueEnd, start))) || (m.index >= end && ZH_GAP_AFTER.test(text.slice(end, m.index)))) {
      answer = true;
      break;
    }
  }
  ZH_CUE.lastIndex = 0;
  return answer;
}

/** A modal in the clause [from, to), with no verb of saying between the clause start and it, nor between the expression and it. */
function weakCue(text: string, from: number, start: number, end: number, to: number): boolean {
  EN_WEAK_CUE.lastIndex = from;
  let answer = false;
  for (let m = EN_WEAK_CUE.exec(text); m && m.index < to; m = EN_WEAK_CUE.exec(text)) {
    if (m.index >= start && m.index < end) continue;
    if (EN_REPORTING.test(text.slice(from, m.index))) break;
    answer = m.index < start || (!EN_REPORTING.test(text.slice(end, m.index)) && m.index < englishReach(text, from, start, end, to));
    if (answer) break;
  }
  EN_WEAK_CUE.lastIndex = 0;
  return answer;
}
