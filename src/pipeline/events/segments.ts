/**
 * A sentence can report several events at different dates
 * (…5日宣布进入紧急状态，自上月起爆发…冲突…). A segment runs from a clause that
 * carries a date to the clause before the next one that does; clauses before
 * the first date join the first segment. The clause with the date is the
 * segment's head: the date belongs to what the head says (in Chinese, which
 * dates a clause at its start; see below for English).
 */
import type { DateMention } from '../types.ts';
import { quotations } from '../text/quotations.ts';
import { splitClauses, type Span } from './clauses.ts';
import type { Head } from './classify.ts';
import { hasHan } from '../text/han.ts';
import { verbAfterOpeningSubject } from './englishSubject.ts';

export interface Segment extends Span {
  /** Carries its sentence, for classification to read around a trigger (see classify.ts). */
  head: Head;
  dates: DateMention[];
}

export function segmentSentence(sentence: string, found: DateMention[]): Segment[] {
  const english = !hasHan(sentence);
  const dates = english ? sayingFrameDates(sentence, withoutBackground(sentence, outsideQuotations(sentence, found))) : withoutObjectModifiers(sentence, withoutModifierDates(sentence, withoutDayOf(sentence, outsideQuotations(sentence, found))));
  const clauses = english && dates.length > 1 ? splitAtDatedAfter(sentence, afterJoinsAnd(sentence, splitAtAnd(sentence, splitClauses(sentence), dates), dates), dates) : splitClauses(sentence);
  if (!clauses.length) return [];
  const first = clauses[0]!;
  // "They captured Bakhmut in May, but Prigozhin had for months accused…": a new subject, a new report.
  const but = english ? butClause(sentence, clauses) : -1;
  if (but > 0 && dates.length <= 1) {
    const parts = [clauses.slice(0, but), clauses.slice(but)];
    return parts.map((part) => {
      const own = dates.filter((d) => d.start >= part[0]!.start && d.start < part.at(-1)!.end);
      return { start: part[0]!.start, end: part.at(-1)!.end, head: headOf(sentence, englishHead(sentence, part, own)), dates: own };
    });
  }
  // English puts the date after what it dates ("…has left 164 dead since New
  // Year's Day"): one date, one segment, headed by its main (first) clause,
  // unless the date ends a report of its own joined by ", and" (below).
  if (english && dates.length <= 1) {
    const dated = dates.length ? datedAndClause(sentence, clauses, dates[0]!) : -1;
    // "The Foreign Office said Tuesday …, and the European Union said …": two speakers, two reports of the same day.
    const and = dated > 0 ? dated : secondSpeaker(sentence, clauses);
    if (and > 0) {
      const before = clauses.slice(0, and);
      // The report starts after its "and".
      const after = [{ start: clauses[and]!.start + AND_START.exec(sentence.slice(clauses[and]!.start))![0].length, end: clauses[and]!.end }, ...clauses.slice(and + 1)];
      const firstDates = dated > 0 ? [] : dates;
      return [
        { start: first.start, end: before.at(-1)!.end, head: headOf(sentence, englishHead(sentence, before, firstDates)), dates: firstDates },
        { start: after[0]!.start, end: clauses.at(-1)!.end, head: headOf(sentence, englishHead(sentence, after, dates)), dates },
      ];
    }
    const plan = dates.length ? plannedWhere(sentence, dates[0]!, clauses.at(-1)!.end) : null;
    return [{ start: first.start, end: clauses.at(-1)!.end, head: headOf(sentence, plan ?? englishHead(sentence, clauses, dates)), dates }];
  }
  const segments: Segment[] = [];
  let current: Segment = { start: first.start, end: first.end, head: headOf(sentence, first), dates: [] };
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i]!;
    const inClause = datesIn(dates, clause);
    if (i === but && !inClause.length && current.dates.length) {
      segments.push(current);
      current = { start: clause.start, end: clause.end, head: headOf(sentence, clause), dates: [] };
    } else if (inClause.length && current.dates.length && english && current.start === first.start && verbAfterOpeningSubject(sentence, clause.start)) {
      // "The mutiny, the gravest challenge to Putin since he came to power in 1999, began late on Friday…":
      // the aside's date is background; the verb and its date report what the subject did.
      current = { start: current.start, end: clause.end, head: headOf(sentence, clause), dates: inClause };
    } else if (inClause.length && current.dates.length && !english && saysWhatFollows(sentence, clause, inClause)) {
      // 布林肯周日…说，“…”，否认美国正在重演1975年…的一幕: the speaker goes on; the year is what was denied.
      current.end = clause.end;
    } else if (inClause.length && current.dates.length) {
      segments.push(current);
      current = { start: clause.start, end: clause.end, head: headOf(sentence, clause), dates: inClause };
    } else if (!english && current.dates.length && i + 1 < clauses.length && introducesNext(sentence, clause, dates, clauses[i + 1]!)) {
      // 股市1日休市，港交所表示，市场4日开市: the speaker introduces the report that follows, not the one before.
      segments.push(current);
      current = { start: clause.start, end: clause.end, head: headOf(sentence, clause), dates: [] };
    } else {
      current.end = clause.end;
      if (inClause.length) {
        current.dates = inClause;
        current.head = headOf(sentence, clause);
      }
    }
  }
  segments.push(current);
  return segments;
}

const headOf = (sentence: string, span: Span): Head => ({ start: span.start, end: span.end, sentence });

/**
 * "In a statement carried by state media early Sunday, the Guard said the
 * attack was punishment for the strike two weeks ago": a fronted frame naming
 * the occasion of a saying (a statement, a speech, an interview) is no report
 * of its own; its date is the saying's. The clause it introduces takes that
 * date alone: a date after the verb is what was said.
 */
function sayingFrameDates(sentence: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2 || !SAYING_FRAME.test(sentence)) return dates;
  const comma = sentence.indexOf(', ');
  const next = comma < 0 ? -1 : sentence.indexOf(', ', comma + 2);
  const end = next < 0 ? sentence.length : next;
  if (!dates.some((d) => d.end <= comma) || !SAID_IN.test(sentence.slice(comma, end))) return dates;
  const out: DateMention[] = [];
  for (const d of dates) if (d.end <= comma || d.start >= end) out.push(d);
  return out;
}

const SAYING_FRAME = /^(?:in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:statement|speech|interview|address|briefing|news conference|press conference|post|message|letter|video|broadcast|remarks|comments)\b[^,;]*,\s/i;
const SAID_IN = /\b(?:said|says|told|announced|warned|added|claimed|declared|stated)\b/;

/**
 * 2024年1月29日，恒大被下令清盘当天，行人走过…: "当天" closing a phrase of
 * what happened is "on the day of" that, a day the sentence has already given;
 * it opens no report of its own. A clause that starts with it (当天，…) does,
 * and so does one it goes on (中共當天下午…發射).
 */
function withoutDayOf(sentence: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  let out: DateMention[] | undefined;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const dayOf = i > 0 && DAY_OF.test(d.text) && isHan(sentence[d.start - 1]) && CLAUSE_END_ZH.has(sentence[d.end]!) && !SAME_DAY_OPENING.test(sentence.slice(Math.max(0, d.start - 2), d.start));
    if (dayOf) out ??= dates.slice(0, i);
    else out?.push(d);
  }
  return out ?? dates;
}

const DAY_OF = /^(?:当天|當天|当日|當日)$/;
// …清盘当天，: the phrase ends there; 中共當天下午…起 goes on, and is "that day" said of its subject.
const CLAUSE_END_ZH = new Set(['，', ',']);
// 并于当天, 亦在当日: the day itself, not "the day of".
const SAME_DAY_OPENING = /[于於在]$/;
const isHan = (ch: string | undefined) => ch !== undefined && hasHan(ch);

/**
 * 正在…出席7日至8日…会议的美国国务卿布林肯昨天说, 前天刚宣布辞去…党魁的英国首相约翰逊昨天…:
 * a date in a modifier (…的) before the subject dates what the modifier tells,
 * not the sentence, when the clause gives a date of its own after the 的.
 */
function withoutModifierDates(sentence: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2 || !sentence.includes('的')) return dates;
  let out: DateMention[] | undefined;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const next = dates[i + 1];
    if (next && modifies(sentence, d.end, next.start)) out ??= dates.slice(0, i);
    else out?.push(d);
  }
  return out ?? dates;
}

/** Whether a 的 stands between two dates of one clause (no clause break between them). */
function modifies(sentence: string, from: number, to: number): boolean {
  let de = false;
  for (let i = from; i < to; i++) {
    const ch = sentence[i]!;
    if (CLAUSE_BREAK_ZH.has(ch)) return false;
    if (ch === '的') de = true;
  }
  return de;
}

/**
 * 双方同意激活2001年4月17日签署的…协议，以及1998年5月27日签署的…总协议: a date
 * opening a relative clause (date + verb + 的) inside what the clause's verb
 * takes, the noun running to the clause's end, dates only the modifier: the
 * signing, not the agreeing. Not a date opening its clause (10日举行的会谈…),
 * nor one whose noun goes on to a verb of its own (三方10日发表的联合声明说), nor
 * a day ahead (他计划下周参加国会的总统选举: the plan is the news).
 */
function withoutObjectModifiers(sentence: string, dates: DateMention[]): DateMention[] {
  if (!dates.length || !sentence.includes('的')) return dates;
  let out: DateMention[] | undefined;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    // 计划下周参加国会的总统选举: a day ahead names a plan, which is news whatever it modifies.
    if (!d.value.future && inObjectModifier(sentence, d)) out ??= dates.slice(0, i);
    else out?.push(d);
  }
  return out ?? dates;
}

/** Whether a Chinese date opens a relative clause inside an object (see `withoutObjectModifiers`). */
export function inObjectModifier(sentence: string, d: { start: number; end: number }): boolean {
  const m = MODIFIER_AFTER.exec(sentence.slice(d.end, d.end + 6));
  if (!m) return false;
  let from = d.start;
  while (from > 0 && !CLAUSE_BREAK_ZH.has(sentence[from - 1]!)) from--;
  const before = sentence.slice(from, d.start);
  // 未能支付两笔原定于8月6日到期的美元债票息, 指原定今日舉行的會議: "originally due on" opens the modifier with its date.
  const due = DUE_BEFORE.test(before);
  if (!due && (!OBJECT_BEFORE.test(before) || NOT_OBJECT_BEFORE.test(before) || SOURCE_OPENING.test(before))) return false;
  let to = d.end + m[0].length;
  while (to < sentence.length && !CLAUSE_BREAK_ZH.has(sentence[to]!)) to++;
  if (SAYING_IN_NOUN.test(sentence.slice(d.end + m[0].length, to))) return false;
  // 普里格欽兩個月前發動的武裝叛變，被視為…: a noun phrase opening the sentence whose verb follows the comma is its
  // subject, not an object: the date is its own.
  return !(from === 0 && sentence[to] === '，' && SUBJECT_VERB_AFTER_BREAK.test(sentence.slice(to + 1, to + 4)));
}

const SUBJECT_VERB_AFTER_BREAK = /^(?:被|是|成为|成為|造成|导致|導致|引发|引發|令|使)/;

// 签署的, 通过的, 发表的: one verb (two to four characters, no 的 or 在/于 of a place) and 的 before a noun;
// not 将/把 marking the object of the clause's own verb (穆迪同日将碧桂园的评级下调: 同日 dates the downgrade).
const MODIFIER_AFTER = /^(?![将將把])[^的，。；：,;:“”「」\s在于於\d]{1,4}的(?=[\u3400-\u9fff“「《])/;
const DUE_BEFORE = /(?:原定|预定|預定|原订|原訂)[于於]?$/;
// What comes before in the clause ends with a verb or a joining word (激活, 以及), not a subject or a preposition.
const OBJECT_BEFORE = /(?:以及|及|和|与|與|[\u3400-\u9fff]{2})$/;
// 据…公安局昨晚发布的警情通报: a source's notice, dated by when it was published (see extractEvents.ts).
const SOURCE_OPENING = /^(?:据|據|根据|根據|依据|依據|援引|引述)/;
const NOT_OBJECT_BEFORE = /(?:[于於在自从從到至截止起继繼]|[他她它们們方])$/;
// A subject's verb after the noun (…发表的声明说, …发动的袭击造成): the noun is the subject, the date its own.
const SAYING_IN_NOUN = /说|說|称|稱|表示|指出|宣布|宣佈|强调|強調|显示|顯示|提到|是|为|為|将|將|已|被|在|造成|导致|導致|规定|規定|要求|使|让|讓|令|遭|获|獲|于|於|中/;

const CLAUSE_BREAK_ZH = new Set(['，', ',', '。', '；', ';', '：', ':', '“', '”', '「', '」']);

/**
 * A date in a quotation is what was said ("…our Historic Victory in
 * November"): it neither dates the saying nor opens a report of its own. Kept
 * when every date is quoted, for the saying to be told apart from its content
 * later (see extractEvents.ts).
 */
function outsideQuotations(sentence: string, dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  const quoted = quotations(sentence);
  if (!quoted.length) return dates;
  const out: DateMention[] = [];
  for (const d of dates) if (!quoted.some((q) => d.start > q.start && d.end < q.end)) out.push(d);
  return out.length ? out : dates;
}

/**
 * "Beijing imposed the law in June 2020, after huge protests in 2019": an
 * after/amid phrase with no verb of its own is the background of the report,
 * not a report; its date dates the protests only. A fronted one ("After talks
 * on Monday, the leaders signed…") is left alone: it often shares the day.
 */
function withoutBackground(sentence: string, dates: DateMention[]): DateMention[] {
  let out: DateMention[] | undefined;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (isBackgroundDate(sentence, d)) out ??= dates.slice(0, i);
    else out?.push(d);
  }
  return out ?? dates;
}

/** Whether an English date is in an after/amid phrase with no verb of its own: the background, not a report (see above). */
export function isBackgroundDate(sentence: string, d: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, d.start - 80), d.start);
  return (BACKGROUND_BEFORE.test(before) && !FINITE.test(clauseRest(sentence, d.end))) || (before.includes(' from ') && EARLIER_FIGURE_BEFORE.test(before));
}

// "…313 people had been killed, up from 232 deaths reported on Saturday night": an earlier figure, the yardstick of the report.
const EARLIER_FIGURE_BEFORE = /,\s+(?:up|down)\s+from\s+[^,;]*$/i;

const BACKGROUND_BEFORE = /,\s+(?:after|amid|following|despite)\s+(?![^,;]*\b(?:was|were|is|are|had|has|have|did|\w+ed)\b)[^,;]*$/i;
const FINITE = /\b(?:was|were|is|are|had|has|have|did|\w+ed)\b/i;

function clauseRest(sentence: string, from: number): string {
  const rest = sentence.slice(from, from + 60);
  const stop = rest.search(/[,;.]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * A clause that goes on with the speaker's verb, no subject of its own
 * (…说，…，否认美国正在重演1975年…, 并强调2019年的协议…, 秘書處前日發出通告，宣布大會於昨日…加開會議): a date after the verb
 * is in what was said or denied, not a report of its own. A day still to come
 * (并表示将于15日访问) is left to report its own plan.
 */
function saysWhatFollows(sentence: string, clause: Span, inClause: DateMention[]): boolean {
  const m = SAYING_OPENING.exec(sentence.slice(clause.start, clause.start + 8));
  if (!m) return false;
  const verbEnd = clause.start + m[0].length;
  return inClause.every((d) => d.start >= verbEnd && !d.value.future);
}

const SAYING_OPENING = /^(?:并|並|还|還|也|又|同时|同時)?(?:宣布|宣佈|否认|否認|表示|强调|強調|指出|重申|承认|承認|批评|批評|警告|呼吁|呼籲|谴责|譴責|坚称|堅稱|声称|聲稱|反驳|反駁|驳斥|駁斥|称|稱|说|說)/;

/**
 * An undated clause that only names who spoke (港交所表示, 警方称) and is
 * followed by a dated one: what it introduces is that clause.
 */
function introducesNext(sentence: string, clause: Span, dates: DateMention[], next: Span): boolean {
  if (clause.end - clause.start > 16 || !SAYING_END.test(sentence.slice(clause.start, clause.end))) return false;
  return datesIn(dates, clause).length === 0 && datesIn(dates, next).length > 0;
}

const SAYING_END = /(?:表示|说|說|称|稱|指出|强调|強調|透露|宣布|宣佈|认为|認為|介绍|介紹)$/;

/**
 * "…, and the European Union said the verdicts…": a clause that opens with
 * "and" and a named speaker's verb of saying, after a sentence that already
 * reported someone speaking. The index of that clause, or -1.
 */
function secondSpeaker(sentence: string, clauses: Span[]): number {
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (sentence[clause.start - 2] !== ',' || !AND_START.test(sentence.slice(clause.start, clause.start + 4))) continue;
    if (!AND_SPEAKER.test(sentence.slice(clause.start, clause.end))) continue;
    return SAID.test(sentence.slice(clauses[0]!.start, clause.start)) ? i : -1;
  }
  return -1;
}

const AND_SPEAKER = /^and\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,5}(?:said|says|told|added|announced|warned)\b/u;
const SAID = /\b(?:said|says|told|announced|warned)\b/;

/**
 * "The United States pauses $700 million in aid, and the African Union
 * suspends Sudan two days later": the one date ends the second report, so
 * the first is not of that date. The index of the clause that opens with
 * "and" and holds the date, when it is not the first; -1 otherwise. Only
 * that clause: "The deal, signed by A and B, and backed by the UN, took
 * effect on Monday" dates the deal as a whole.
 */
function datedAndClause(sentence: string, clauses: Span[], date: DateMention): number {
  // "…164 dead, and nearly 10,000 arrested since New Year's Day": a span covers both.
  if (date.value.end || SCOPE.test(date.text)) return -1;
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (date.start < clause.start || date.start >= clause.end) continue;
    const opening = sentence.slice(clause.start, clause.start + 16);
    // "…, and 10,000 arrested on Monday": a count with no verb of its own shares the first report's.
    return sentence[clause.start - 2] === ',' && AND_START.test(opening) && !COUNT_AFTER_AND.test(opening) ? i : -1;
  }
  return -1;
}

const AND_START = /^and\s+/i;
const SCOPE = /^(?:since|from|until|till|through|throughout|between|during)\b/i;
const COUNT_AFTER_AND = /^and\s+(?:\d|(?:nearly|almost|about|around|some|more|over|at least|another|dozens|hundreds|thousands)\b)/i;

/**
 * "He spoke before flying to San Diego, where he is to meet later Monday with
 * …": the sentence's one date, still ahead, in a closing where/when clause with
 * a subject of its own dates the plan the clause tells, not the main clause;
 * that plan is the report. The clause, or null.
 */
function plannedWhere(sentence: string, date: DateMention, end: number): Span | null {
  if (!date.value.future || !sentence.includes(', wh')) return null;
  const before = sentence.slice(0, date.start);
  const at = Math.max(before.lastIndexOf(', where '), before.lastIndexOf(', when '));
  if (at < 0 || /[,;]/.test(sentence.slice(at + 2, date.start))) return null;
  const clause = sentence.slice(at + 2, date.start);
  return WHERE_SUBJECT.test(clause) ? { start: at + 2, end } : null;
}

const WHERE_SUBJECT = /^wh(?:ere|en)\s+(?:he|she|they|it|we|(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:is|are|will|would|was|were|plans?|planned|expects?|expected)\b/u;

/** The dates that start inside the clause, in order. A plain loop: it runs for every clause of every sentence. */
function datesIn(dates: DateMention[], clause: Span): DateMention[] {
  const found: DateMention[] = [];
  for (const d of dates) if (d.start >= clause.start && d.start < clause.end) found.push(d);
  return found;
}


/**
 * The clause an English sentence reports: the first with a few words, past a
 * name's apposition ("Hasina, 76, resigned…"), a fronted time ("Earlier
 * Tuesday, leaders said…") or a frame ("In a speech, he said…"), and
 * without what an "as"/"while" clause adds
 * ("…fled on Monday as protesters defied a curfew").
 */
function englishHead(sentence: string, clauses: Span[], dates: DateMention[]): Span {
  const main =
    clauses.find((c) => {
      const words = sentence.slice(c.start, c.end).trim();
      const onlyDate = dates.some((d) => d.start <= c.start && d.end >= c.end);
      return words.split(/\s+/).length >= 3 && !FRAME.test(words) && !PARTICIPLE_FRAME.test(words) && !onlyDate;
    }) ?? clauses[0]!;
  SUBORDINATE.lastIndex = 0;
  const cut = SUBORDINATE.exec(sentence.slice(main.start, main.end));
  return cut && cut.index > 0 ? { start: main.start, end: main.start + cut.index } : main;
}

// "In another long speech, he claimed…", "According to officials, …": a frame, not the report.
// So is a participle that sets the scene ("arriving for an EU summit, …", "speaking at…") and a
// time told by another event ("hours before the attack, …").
const FRAME = /^(?:(?:in|at|on|during|after|before|with|amid|despite|according to)\s|(?:(?:just|only|some|several|a few|a|an|\d+|one|two|three|four|five|hours?|days?|weeks?|minutes?|moments?|months?|shortly|soon|long|well)\s+){1,3}(?:before|after)\s)/i;
// Lower-case, or a participle opening the sentence: not "Beijing in a statement said…", "Something at the border exploded".
const PARTICIPLE_FRAME = /^(?:(?!(?:some|every|no|any)thing\b)[a-z]{2,}ing|Speaking|Arriving|Addressing|Writing|Visiting|Returning|Attending|Responding|Standing|Appearing)\s+(?:for|at|to|in|on|from|after|before|outside|with|alongside)\s/;

const SUBORDINATE = /(?<!\b(?:such|known|same|so|just))\s(?:as(?!\s+(?:well|a|an|part|much|many|long|soon|of|if|though)\b)|while|whereas|because)\s/gi;

/**
 * "…cut off the internet on July 18 and imposed a curfew the following day":
 * with several dates, "and" joins two dated reports; never inside a date
 * ("between July 1 and 5").
 */
const PLURAL_BEFORE = /\b[a-z]{3,}s$/;
const PLURAL_AFTER = /^[a-z]{3,}s\b/;

function splitAtAnd(sentence: string, clauses: Span[], dates: DateMention[]): Span[] {
  const out: Span[] = [];
  for (const clause of clauses) {
    let start = clause.start;
    for (const m of sentence.slice(clause.start, clause.end).matchAll(/\s+and\s+/g)) {
      const at = clause.start + m.index;
      if (dates.some((d) => d.start < at && at < d.end)) continue;
      // "441 police officers and gendarmes injured": two nouns of one subject, not two reports.
      if (PLURAL_BEFORE.test(sentence.slice(Math.max(0, at - 20), at)) && PLURAL_AFTER.test(sentence.slice(at + m[0].length, at + m[0].length + 20))) continue;
      out.push({ start, end: at });
      start = at + m[0].length;
    }
    out.push({ start, end: clause.end });
  }
  return out;
}

/**
 * "…seized a southern city and advanced to within 200 km of Moscow on
 * Saturday": a clause opened by after/before/since and a verb reports its own
 * event, not the main clause's ("whereabouts were unknown on Monday after…").
 * When "and" carries it on without a subject of its own and with a date of its
 * own, both halves are one report of that date: the opening clause leaves the
 * dated piece before it and joins the piece after.
 */
function afterJoinsAnd(sentence: string, pieces: Span[], dates: DateMention[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const next = pieces[i + 1];
    const opener = next && datesIn(dates, next).length && SUBJECTLESS.test(sentence.slice(next.start, next.start + 24)) ? subordinateOpening(sentence, piece, dates) : -1;
    if (opener < 0) {
      out?.push(piece);
      continue;
    }
    out ??= pieces.slice(0, i);
    out.push({ start: piece.start, end: sentence.slice(piece.start, opener).trimEnd().length + piece.start }, { start: opener, end: next!.end });
    i++;
  }
  return out ?? pieces;
}

/**
 * "Russia held a day of mourning on Sunday after gunmen stormed a concert
 * hall on Friday": an after/before clause with a subject, a verb and a date of
 * its own, after a dated main clause in the same piece, reports its own event
 * on its own day. The piece is cut where the clause opens. Not "since" (what a
 * span or a record counts from), and not a verbless phrase ("after talks on Monday").
 */
function splitAtDatedAfter(sentence: string, pieces: Span[], dates: DateMention[]): Span[] {
  let out: Span[] | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const cut = datedAfterOpening(sentence, piece, dates);
    if (cut < 0) {
      out?.push(piece);
      continue;
    }
    out ??= pieces.slice(0, i);
    out.push({ start: piece.start, end: sentence.slice(piece.start, cut).trimEnd().length + piece.start }, { start: cut, end: piece.end });
  }
  return out ?? pieces;
}

function datedAfterOpening(sentence: string, piece: Span, dates: DateMention[]): number {
  const own = datesIn(dates, piece);
  if (own.length < 2) return -1;
  const text = sentence.slice(piece.start, piece.end);
  for (const m of text.matchAll(AFTER_CLAUSE)) {
    const at = piece.start + m.index + 1;
    // "…on Friday, a day after it launched…": the word is part of a date.
    if (own.some((d) => d.start < at && at < d.end)) continue;
    const before = own.some((d) => d.end <= at);
    const after = own.find((d) => d.start >= at + m[0].length - 1);
    if (!before || !after) continue;
    // Its verb stands before its date: "after gunmen stormed a hall on Friday".
    if (FINITE.test(sentence.slice(at + m[0].length - 1, after.start))) return at;
  }
  return -1;
}

const AFTER_CLAUSE = /\s(?:after|before)\s/gi;

/** Where an after/before/since clause with a verb of its own opens, past every date of the piece; -1 when none. */
function subordinateOpening(sentence: string, piece: Span, dates: DateMention[]): number {
  const own = datesIn(dates, piece);
  if (!own.length) return -1;
  const from = own.at(-1)!.end;
  if (from >= piece.end) return -1;
  const m = OPENS_SUBORDINATE.exec(sentence.slice(from, piece.end));
  if (!m) return -1;
  return FINITE.test(sentence.slice(from + m.index + m[0].length, piece.end)) ? from + m.index + 1 : -1;
}

const OPENS_SUBORDINATE = /\s(?:after|before|since)\s/i;
// "advanced to within 200 km…": a verb with no subject before it, the subject of the clause before.
const SUBJECTLESS = /^(?:[a-z]+ed|was|were|had|has|took|went|came|fled|left|won|lost|began|held|sent|hit|shot|seized|made|struck|fought|drove|rode|broke)\b/;

/**
 * The index of a clause opening with "but" and a new subject and verb
 * (", but Prigozhin had…", ", but the army said…"), after the first; -1 when none.
 * "…, but declined to comment" keeps its subject and its report.
 */
function butClause(sentence: string, clauses: Span[]): number {
  if (!sentence.includes(', but ')) return -1;
  for (let i = 1; i < clauses.length; i++) {
    const clause = clauses[i]!;
    if (sentence[clause.start - 2] === ',' && BUT_SUBJECT.test(sentence.slice(clause.start, clause.end))) return i;
  }
  return -1;
}

const BUT_SUBJECT =
  /^but\s+(?:he|she|they|it|we|i|(?:(?:the|a|an|his|her|its|their)\s+)?[\p{L}’'.-]+(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3})\s+(?:(?:also|still|later|had|has|have|was|were|would|will|could|did|not)\s+)*(?:was|were|is|are|had|has|have|did|said|says|told|\p{Ll}+ed)\b/u;
