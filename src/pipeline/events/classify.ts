/**
 * What kind of event a segment reports. The head clause decides: if it says
 * something happened (通电话, 动乱, 派兵) that is the event; if it is a verb of
 * saying (表示, 说), the segment is a statement, unless what was said is
 * itself strongly about troops, money or violence (Putin on the troops'
 * stay is military news; a spokesman's hope is a statement).
 */
import type { Actor, Category, TimelineEvent } from '../../lib/schema.ts';
import { CASUALTY_ENTRY, type TriggerMatch } from './lexicon.ts';
import type { FoundFigure } from './figures.ts';
import type { Span } from './clauses.ts';
import { relativeClauses } from './relativeClauses.ts';
import { hasHan } from '../text/han.ts';

/** A segment's head; `sentence`, when given, lets classification read the words around a trigger (…的人员, 就…). */
export interface Head extends Span {
  sentence?: string;
}

export interface Classification {
  category: Category;
  cameo?: string;
  /** The word that decided it. */
  trigger: TriggerMatch;
  /** The segment is someone speaking (its label names the speaker). */
  speech: boolean;
  /** The topic of a statement, when one stands out. */
  topic?: TriggerMatch;
  /**
   * The verb of saying, when someone speaks: `trigger` is what was said when
   * that outweighs the saying, and a date before this verb still dates the saying.
   */
  verb?: TriggerMatch;
}

/** What was said must weigh more than this to outrank "statement": one strong word is not enough. */
const CONTENT_THRESHOLD = 2;
const FIGURE_WEIGHT = 1;
// Ties go to the more specific kind of event.
const PRIORITY: Category[] = ['diplomacy', 'military', 'unrest', 'economy', 'other', 'statement'];

const ARRIVAL = 'arrival';
// A speech given (发表…演说, 发表讲话), not a saying reported.
const DELIVERED_SPEECH = /^[发發]表.*(?:演[说說讲講]|[讲講]話|讲话)$/;

const within = (m: Span, span: Span) => m.start >= span.start && m.end <= span.end;

/**
 * `triggers` and `figures` run from the segment's start to the end of the
 * sentence (any offsets, as long as head and segmentEnd use the same): a
 * verb of saying governs all that follows it, even past a later date
 * (宣布，…部队将在两天后撤离). What happened is judged within the segment.
 */
export function classifySegment(
  triggers: TriggerMatch[],
  figures: FoundFigure[],
  head: Head,
  segmentEnd = Number.POSITIVE_INFINITY,
  cause?: Category,
): Classification | null {
  const sentence = head.sentence;
  // "All five people aboard a submersible … were killed": deaths aboard a vessel with no violence named are an accident's.
  if (cause === undefined && sentence !== undefined && accidentAboard(sentence, triggers)) cause = 'other';
  // 这是习近平时隔六年再次访问美国: a remark on the visit just told (its first, its second), not another visit.
  if (sentence !== undefined && head.start === 0 && COMMENT_OPENING.test(sentence)) return null;
  const meaningful = outsideRelatives(withoutSpokeOnly(triggers.filter((t) => t.entry.kind !== 'setting'), sentence), sentence, segmentEnd);
  const inSegment = meaningful.filter((t) => t.end <= segmentEnd);
  const inHead = inSegment.filter((t) => within(t, head));
  // 参与请愿的退休教师梁志明对记者说: a word that only describes someone (…的) is not what the clause reports.
  // Nor is a saying that only describes something (本周宣布的措施已落地): nobody speaks in that sentence.
  const first = inHead.find((t) => !t.modifier) ?? inHead.find(describedDeed) ?? inSegment.find((t) => !t.modifier) ?? inSegment.find(describedDeed);
  if (!first) return inSegment.length ? null : tollAlone(figures, head, segmentEnd, cause);
  if (first.entry.kind === 'speech') return classifySpeech(sharperSaying(first, inSegment, sentence), meaningful, figures, sentence, cause);
  // What protesters demanded (要求总统下台) is not what they did.
  const said = inSegment.find((t) => t.entry.kind === 'speech' && !t.modifier);
  // “…the army is behind its timetable,” he said: the quotation is what was said, though it comes first.
  // 习近平就地震向埃尔多安致慰问电: what it was about (就…, quoted) is not what was done, when something was.
  const done = said ? inSegment.filter((t) => t.start < said.start && !t.quoted && !t.modifier) : actsIn(inSegment);
  // 习近平指出，今年是…建交30周年: the head clause is what was said; the saying is the event.
  if (said && !done.some((t) => t.entry.kind === 'event')) return classifySpeech(said, meaningful, figures, sentence, cause);
  // 他随后飞抵安卡拉，…发表“阳台演说”: arriving somewhere to give a speech; the speech is the event, the arrival where.
  if (said && DELIVERED_SPEECH.test(said.text) && done.every((t) => t.entry.kind !== 'event' || t.entry.label === ARRIVAL)) {
    return classifySpeech(said, meaningful, figures, sentence, cause);
  }
  const scope = beforeAfterClause(done.some((t) => within(t, head) && t.entry.kind === 'event') ? done.filter((t) => within(t, head)) : done, sentence);
  const best = strongest(reportedDeeds(scope), figures.filter((f) => f.end <= segmentEnd), cause);
  if (best && sentence !== undefined && best.trigger.entry.label === POSTPONEMENT && putsOffMeeting(sentence, best.trigger)) {
    return { category: 'diplomacy', trigger: best.trigger, speech: false };
  }
  return best && deedClassification(best.trigger, best.category);
}

/**
 * `{ ...categoryOf(trigger, counted), trigger, speech: false }`, the same
 * fields in the same order, built at once: every segment that reports a deed
 * ends here, and copying the small object categoryOf builds (one of two
 * shapes) went through the engine's generic object copy, a hot line.
 */
export function deedClassification(trigger: TriggerMatch, counted: Category): Classification {
  const cameo = cameoOf(trigger, counted);
  return cameo ? { category: counted, cameo, trigger, speech: false } : { category: counted, trigger, speech: false };
}

/**
 * "The toll, which…put at 40 late on Friday, climbed…, reaching 133 by Saturday
 * evening": a count of the dead or injured with a day of its own and no word
 * beside it is still a report of casualties (the figure finder read it as one).
 * Its cause's category, when the story has one.
 */
function tollAlone(figures: FoundFigure[], head: Head, segmentEnd: number, cause?: Category): Classification | null {
  const f = figures.find((f) => f.start >= head.start && f.end <= segmentEnd && CASUALTIES.has(f.what));
  if (!f) return null;
  const trigger: TriggerMatch = { entry: CASUALTY_ENTRY, text: f.text, start: f.start, end: f.end, modifier: false, quoted: false };
  return { category: cause ?? f.category, trigger, speech: false };
}

/**
 * "Blinken postponed a planned trip to Beijing", 原定的访问推迟: putting off a
 * visit, talks or a summit is a move between governments, not a schedule
 * change (押后开庭, "the vote was postponed").
 */
function putsOffMeeting(sentence: string, t: TriggerMatch): boolean {
  // "postponed a virtual meeting of the Privy Council": a meeting of a body at home, no diplomacy.
  if (!hasHan(t.text) && BODY_MEETING_EN.test(sentence.slice(t.end, t.end + 80))) return false;
  if (hasHan(t.text)) return MEETING_ZH.test(sentence.slice(Math.max(0, t.start - 10), t.start)) || MEETING_ZH.test(sentence.slice(t.end, t.end + 10));
  return MEETING_AFTER_EN.test(sentence.slice(t.end, t.end + 40)) || MEETING_BEFORE_EN.test(sentence.slice(Math.max(0, t.start - 40), t.start));
}

const POSTPONEMENT = 'postponement';
const MEETING_ZH = /访问|访华|访美|访日|出访|行程|会谈|会晤|峰会|会见|訪問|訪華|訪美|出訪|會談|會晤|峰會|會見/;
const MEETING_EN = '(?:trip|visit|talks|summit|meeting|tour)';
const BODY_MEETING_EN = /^[^,;.:]{0,30}?\bmeeting\s+of\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(?:(?<!security\s|european\s)council|cabinet|committee|board|parliament|politburo|party)\b/i;
// "postponed a planned trip to Beijing", "postpones China trip": the object, before any break.
const MEETING_AFTER_EN = new RegExp(`^[^,;.:]{0,30}?\\b${MEETING_EN}\\b`, 'i');
// "The summit was postponed", "talks … have been postponed".
const MEETING_BEFORE_EN = new RegExp(`\\b${MEETING_EN}\\b[^,;.:]{0,20}?\\b(?:was|were|has been|have been|had been|is|are|be)\\s+$`, 'i');

// 这是, 这也是, 這是, 此次是, 此行是: what the sentence calls "this" is the event before it.
const COMMENT_OPENING = /^(?:这|這|此)(?:次|行)?(?:也|还|還)?是/;

const describedDeed = (t: TriggerMatch) => t.entry.kind !== 'speech';

/**
 * "Wagner, which Prigozhin has said has 25,000 fighters, has fought…", "a
 * payload that one official described as…": a relative clause says something
 * of someone in the main clause; when the main clause reports something of its
 * own, that is the event. With nothing else to report, the clause's word stays.
 */
function outsideRelatives(triggers: TriggerMatch[], sentence: string | undefined, segmentEnd: number): TriggerMatch[] {
  if (sentence === undefined || triggers.length < 2 || hasHan(sentence)) return triggers;
  const clauses = relativeClauses(sentence);
  if (!clauses.length) return triggers;
  const outside: TriggerMatch[] = [];
  let reports = false;
  // "told the same meeting that the troops would leave": after the main clause's verb of saying, all is what was said.
  let saying = Number.POSITIVE_INFINITY;
  for (const t of triggers) if (t.entry.kind === 'speech' && !t.modifier && t.start < saying && !clauses.some((c) => t.start >= c.start && t.end <= c.end)) saying = t.end;
  for (const t of triggers) {
    let inside = false;
    for (const c of clauses) if (t.start >= c.start && t.end <= c.end) inside = true;
    if (inside && t.start < saying) continue;
    outside.push(t);
    if (!t.modifier && !t.quoted && t.end <= segmentEnd) reports = true;
  }
  return reports && outside.length < triggers.length ? outside : triggers;
}


/**
 * The event words that weigh: 被…冻结资产的《苹果日报》…出版最后一期后正式停刊 reports the
 * closure; the freeze before 的 only says which paper. A word that describes
 * something counts only when nothing else is reported.
 */
function reportedDeeds(scope: TriggerMatch[]): TriggerMatch[] {
  const events = scope.filter((t) => t.entry.kind === 'event');
  if (!events.some((t) => t.modifier)) return events;
  const plain = events.filter((t) => !t.modifier);
  return plain.length ? plain : events;
}

function actsIn(triggers: TriggerMatch[]): TriggerMatch[] {
  const acts = triggers.filter((t) => !t.quoted);
  return acts.some((t) => t.entry.kind === 'event') ? acts : triggers;
}

/**
 * 國防部發布新聞稿，嚴厲譴責…, "issued a statement condemning…": a plain saying (a press release, a
 * statement) right before a sharper one (a condemnation, a denial) frames it; the sharper verb says what
 * the remark was.
 */
function sharperSaying(verb: TriggerMatch, triggers: TriggerMatch[], sentence: string | undefined): TriggerMatch {
  if (verb.entry.label !== 'statement' || sentence === undefined) return verb;
  for (const t of triggers) {
    if (t.start < verb.end || t.start - verb.end > 6) continue;
    // Only a break and words of manner between: 表示，美国希望… gives what another subject hopes, what was said.
    if (t.entry.kind === 'speech' && !t.modifier && t.entry.weight > verb.entry.weight && SAME_SPEAKER_GAP.test(sentence.slice(verb.end, t.start))) return t;
  }
  return verb;
}

const SAME_SPEAKER_GAP = /^(?:[，,：:\s“”"「」『』]|说|說|称|稱|并|並|也|亦|再次|同时|同時|严厉|嚴厲|严正|嚴正|强烈|強烈|公开|公開|明确|明確)*$/;

/**
 * What was said counts only where it reports something done or suffered: a
 * phrase that describes people (负责镇压抗议者的人员) or names what the
 * speaker spoke about (就…抗议活动表态) says whom or what the statement
 * concerns, not that it reports unrest.
 */
function classifySpeech(verb: TriggerMatch, triggers: TriggerMatch[], figures: FoundFigure[], sentence?: string, cause?: Category): Classification {
  const demanded = Math.min(
    demandFrom(verb, triggers),
    sentence === undefined ? Number.POSITIVE_INFINITY : Math.min(afterClauseFrom(sentence, verb.end, true), relayedNoticeFrom(sentence, verb.end)),
  );
  const spoken = triggers.filter(
    (t) => t.entry.kind === 'event' && t.entry.topic !== false && (t.start >= verb.end || t.quoted) &&
      !(sentence !== undefined && (describesOther(sentence, t) || (t.quoted && topicPhrase(sentence, t)) || characterised(sentence, t) || characterisedZh(sentence, t))),
  );
  const said = spoken.filter((t) => t.start < demanded);
  const content = strongest(said, figures.filter((f) => f.start >= verb.end), cause);
  if (
    content &&
    !tollReported(sentence, verb, said, cause) &&
    ((content.score > CONTENT_THRESHOLD && content.evidence > 1) ||
      (sentence !== undefined && (announcedObject(sentence, verb, content.trigger) || ownDeed(sentence, verb, content.trigger) || announcedStart(sentence, verb, content.trigger) ||
        announcedMeasure(sentence, verb, content.trigger))))
  ) {
    return { ...categoryOf(content.trigger, content.category), trigger: content.trigger, speech: true, topic: content.trigger, verb };
  }
  // What was only condemned or asked for is still what the remark is about ("criticism on customs").
  const topic = content?.trigger ?? (said.length < spoken.length ? strongest(spoken, [], cause)?.trigger : undefined);
  return {
    category: 'statement',
    ...(verb.entry.cameo ? { cameo: verb.entry.cameo } : {}),
    trigger: verb,
    speech: true,
    ...(topic ? { topic } : {}),
    verb,
  };
}

/*
 * "…would not sign a finance bill, a day after protesters stormed parliament",
 * "Protesters inside the parliament compound on Tuesday after MPs voted to pass
 * the bill": an English after-clause that follows what the clause reports only
 * says when it happened; its words are neither the event nor what was said.
 * After a verb of saying only behind a comma ("said after meeting him that…"
 * goes on to what was said). The offset of the clause, or Infinity.
 */
const AFTER_CLAUSE = /\s(?:(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|hours?|weeks?|months?)\s+|(?:shortly|soon|just|hours|days|weeks|moments)\s+)?after\s/g;

function afterClauseFrom(sentence: string, from: number, comma: boolean): number {
  if (!sentence.includes('after') || hasHan(sentence)) return Number.POSITIVE_INFINITY;
  AFTER_CLAUSE.lastIndex = from;
  for (let m = AFTER_CLAUSE.exec(sentence); m; m = AFTER_CLAUSE.exec(sentence)) {
    if (!comma || sentence.charCodeAt(m.index - 1) === 44 /* , */) return m.index;
  }
  return Number.POSITIVE_INFINITY;
}

const PLACED_IN_TIME = /\b(?:came|comes|come|happened|happens|occurred|occurs|took place|takes place|followed|follows)\b/;

/*
 * "put his plan on hold, bowing to a wave of mass protests": a participle clause of yielding names what moved
 * the subject; what the clause before it reports is the event, not the protests. The offset, or Infinity.
 */
const CAUSE_CLAUSE = /,\s(?:bowing to|yielding to|caving (?:in )?to|giving in to|in response to|in the face of|under pressure from)\s/g;

function causeClauseFrom(sentence: string, from: number): number {
  if (hasHan(sentence) || !sentence.includes(', ')) return Number.POSITIVE_INFINITY;
  CAUSE_CLAUSE.lastIndex = from;
  const m = CAUSE_CLAUSE.exec(sentence);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/** The deeds before such an after-clause, when one of them is an event the clause reports itself. */
function beforeAfterClause(scope: TriggerMatch[], sentence: string | undefined): TriggerMatch[] {
  if (sentence === undefined || scope.length < 2) return scope;
  const first = scope.find((t) => t.entry.kind === 'event' && !t.modifier && !t.quoted);
  if (!first) return scope;
  const at = Math.min(afterClauseFrom(sentence, first.end, false), causeClauseFrom(sentence, first.end));
  // "The attack came less than a week after Putin secured a new term": the event named as the subject is one
  // told already, placed in time by what the after-clause reports.
  if (at === Number.POSITIVE_INFINITY || PLACED_IN_TIME.test(sentence.slice(first.end, at))) return scope;
  return scope.filter((t) => t.start < at);
}

/*
 * What a remark only names or asks for is no report that it happened: what was
 * condemned or mourned ("condemned what she called a “vile attack”", 谴责袭击),
 * what something was compared to ("compared the riot to the storming of…"), and
 * what was demanded or instructed (作出重要指示，要求全力开展搜救…, "urged troops
 * to withdraw"). The offset from which the triggers are no content.
 */
const NAMING_ONLY = new Set(['criticism', 'condolences', 'comparison']);
const DEMAND = 'appeal';

function demandFrom(verb: TriggerMatch, triggers: TriggerMatch[]): number {
  if (NAMING_ONLY.has(verb.entry.label)) return verb.start;
  for (const t of triggers) if (t.start >= verb.start && t.entry.kind === 'speech' && t.entry.label === DEMAND && !t.quoted) return t.start;
  return Number.POSITIVE_INFINITY;
}

/*
 * "said the attack was punishment for…": an event named as the subject of
 * "was" is one already told, which the speaker explains; what is said of it
 * is the news, not a new attack. English only: the cheap check is the space.
 */
const CHARACTERISED_BEFORE = /\b(?:the|this|that|its|their)\s+$/i;
const CHARACTERISED_AFTER = /^\s+(?:was|is|were|are|had been|has been|would be)\s/;

function characterised(sentence: string, t: TriggerMatch): boolean {
  return sentence.charCodeAt(t.end) === 0x20 && CHARACTERISED_AFTER.test(sentence.slice(t.end, t.end + 12)) && CHARACTERISED_BEFORE.test(sentence.slice(Math.max(0, t.start - 12), t.start));
}

/*
 * 今次暴雨屬「500年一遇」, 这次地震是…: an event named as what the speaker characterises (今次…属/是) is one
 * already told; 難以像颱風蘇拉來襲時般… compares with another. Neither is what the remark reports.
 */
const CHARACTERISED_BEFORE_ZH = /(?:今次|这次|這次|此次|是次|该次|該次|这场|這場|此番)$/;
const CHARACTERISED_AFTER_ZH = /^(?:属|屬|是|为|為|乃|堪称|堪稱|可谓|可謂)/;
const COMPARED_BEFORE_ZH = /(?:像|如同|好像|犹如|猶如|有如|比起)[^，。；、]{0,6}$/;

function characterisedZh(sentence: string, t: TriggerMatch): boolean {
  if (!hasHan(t.text)) return false;
  const before = sentence.slice(Math.max(0, t.start - 8), t.start);
  return (CHARACTERISED_BEFORE_ZH.test(before) && CHARACTERISED_AFTER_ZH.test(sentence.slice(t.end, t.end + 2))) || COMPARED_BEFORE_ZH.test(before);
}

/*
 * 特區政府發稿，指接獲深圳當局通知，深圳水庫將於午夜起洩洪: what a speaker says it was told by others (a notice
 * received) is relayed news; the speaker's remark is a statement, the deed another's.
 */
const RELAYED_NOTICE = /(?:接获|接獲|接到|收到|获悉|獲悉)[^，。；]{0,12}(?:通知|通报|通報|知会|知會)/g;

function relayedNoticeFrom(sentence: string, from: number): number {
  if (!sentence.includes('通') && !sentence.includes('知会') && !sentence.includes('知會')) return Number.POSITIVE_INFINITY;
  RELAYED_NOTICE.lastIndex = from;
  const m = RELAYED_NOTICE.exec(sentence);
  return m ? m.index : Number.POSITIVE_INFINITY;
}

/*
 * 深圳市三防指揮部其後公布，洩洪於翌日凌晨0時15分開始: an announcement whose words are a deed and when it began
 * (…於…開始, …起) reports the deed itself, as "announced his resignation" does.
 */
const STARTED_AFTER = /^[于於][^，。；]{0,16}(?:开始|開始|展开|展開|启动|啟動|起)/;

function announcedStart(sentence: string, verb: TriggerMatch, t: TriggerMatch): boolean {
  return hasHan(t.text) && t.entry.weight >= 1.5 && !t.entry.outcome && t.start > verb.end && t.start - verb.end <= 1 &&
    STARTED_AFTER.test(sentence.slice(t.end, t.end + 20));
}

/*
 * 外交部宣布，从…七国撤回全部外交人员, 当局宣布，自本周三起暂停…航班: an announcement whose next clause opens on
 * "from" (a place or a day) with no subject of its own reports the announcer's own step, taken by announcing it.
 * The step must be in that clause; what follows another comma (并要求…) is not looked at.
 */
const OWN_MEASURE_BETWEEN = /^[，,：:](?:从|從|自|由|即日起|即时起|即時起)[^，,。；;：:]*$/;
const ANNOUNCE_ZH = /^(?:宣布|宣佈)$/;

function announcedMeasure(sentence: string, verb: TriggerMatch, t: TriggerMatch): boolean {
  return ANNOUNCE_ZH.test(verb.text) && t.entry.weight >= 1.5 && !t.entry.outcome && t.start > verb.end && t.start - verb.end <= 40 &&
    OWN_MEASURE_BETWEEN.test(sentence.slice(verb.end, t.start));
}

/*
 * "He spoke before flying to San Diego", "spoke briefly after landing": a verb of
 * speaking followed by a time clause tells that someone spoke, not what was said.
 */
const SPOKE_ONLY = /^(?:spoke|speaks)\s+(?:(?:briefly|shortly)\s+)?(?:before|after|as|while)\s/i;

/** The triggers without such a verb of speaking, when something is done after it: "…, where he is to meet Albanese" is the news. */
function withoutSpokeOnly(triggers: TriggerMatch[], sentence: string | undefined): TriggerMatch[] {
  if (sentence === undefined || !sentence.includes('spoke')) return triggers;
  const verb = triggers.find((t) => t.entry.kind === 'speech' && SPOKE_ONLY.test(sentence.slice(t.start, t.end + 24)));
  if (!verb || !triggers.some((t) => t.entry.kind === 'event' && t.start > verb.end && !t.quoted && !t.modifier)) return triggers;
  return triggers.filter((t) => t !== verb);
}

/*
 * "The Palestinian health ministry in Gaza said that 313 people had been killed": a
 * health ministry's toll, with no cause named in the sentence nor the story's
 * disaster to count for, is a tally it reported, a statement (the strikes that
 * caused the deaths are told elsewhere). Protesters hurt or killed in the
 * witnesses' or a hospital's words stay the unrest's.
 */
function tollReported(sentence: string | undefined, verb: TriggerMatch, said: TriggerMatch[], cause?: Category): boolean {
  if (cause !== undefined || sentence === undefined) return false;
  if (!HEALTH_MINISTRY.test(sentence.slice(Math.max(0, verb.start - 60), verb.start))) return false;
  let casualties = false;
  for (const t of said) {
    if (t.entry.label !== CASUALTY_LABEL) return false;
    casualties = true;
  }
  return casualties;
}
const HEALTH_MINISTRY = /health ministry|ministry of health|health authorities|卫生部|衞生部|衛生部|卫生当局|衛生當局/i;

/*
 * "The army said it had struck 400 targets", "Hezbollah said it fired shells": a
 * speaker reporting its own deed (it, they, we right after the verb of saying) did
 * it; one word is enough, as for "announced his resignation". Not what it would do.
 */
const OWN_DEED_BETWEEN = /^\s+(?:that\s+)?(?:it|they|we)\s+(?:(?:had|has|have)\s+)?(?:(?:already|also|successfully)\s+)?$/i;

function ownDeed(sentence: string, verb: TriggerMatch, t: TriggerMatch): boolean {
  return t.entry.weight >= 1.5 && !t.entry.outcome && t.start > verb.end && t.start - verb.end <= 30 && OWN_DEED_BETWEEN.test(sentence.slice(verb.end, t.start));
}

/*
 * "announced his resignation", "will announce a ceasefire": what an announcement
 * names as its object is the step itself, taken by announcing it; one word is
 * enough there. Not "announced that…" (what was said), nor Chinese 宣布…, which
 * reports what was said without a noun phrase to tell the step by.
 */
const ANNOUNCE = /^announc/i;
const OBJECT_BETWEEN = /^\s+(?:(?:his|her|its|their|the|a|an|new|next|planned|formal|immediate)\s+){0,3}$/i;

function announcedObject(sentence: string, verb: TriggerMatch, t: TriggerMatch): boolean {
  return ANNOUNCE.test(verb.text) && t.start > verb.end && t.start - verb.end <= 40 && OBJECT_BETWEEN.test(sentence.slice(verb.end, t.start));
}

/*
 * 负责镇压抗议者的人员, 参与请愿的教师: the words before 的 say which people
 * are meant (those who ran the crackdown); nothing in them happened. Only
 * before a word for people: 部署的时间 is still about a deployment, and
 * 参与维稳的部队 about troops (a word of the lexicon itself).
 */
const DESCRIBING = /^[^，。；：、“”「」了过着是的\s]{0,6}的(?:[^，。；]{0,4}?)(?:人员|人士|官员|成员|分子|负责人|家属|民众|群众|学生|教师|人)/;

function describesOther(sentence: string, t: TriggerMatch): boolean {
  return DESCRIBING.test(sentence.slice(t.end, t.end + 16));
}

// 就席卷全国的抗议活动表态, 针对…: the trigger is what the remark was about (lexicon.ts marks it quoted, as a quotation).
const ABOUT = /(?:就|针对|針對|关于|關於|对于|對於|问及|問及|谈及|談及|谈到|談到)[^，。；、“”「」]{0,10}$/;
const topicPhrase = (sentence: string, t: TriggerMatch) => ABOUT.test(sentence.slice(Math.max(0, t.start - 12), t.start));

/** An outcome counted for its cause (受伤 in a typhoon) takes the cause's category, and not its own code. */
function categoryOf(t: TriggerMatch, counted: Category = t.entry.category): { category: Category; cameo?: string } {
  const cameo = cameoOf(t, counted);
  return cameo ? { category: counted, cameo } : { category: counted };
}

/** The CAMEO code an event counted as `counted` keeps: its word's, unless counted for another category. */
function cameoOf(t: TriggerMatch, counted: Category): string | undefined {
  if (counted !== t.entry.category) return FOLLOWS_NEIGHBOUR.has(t.entry.label) && t.entry.cameo ? t.entry.cameo : undefined;
  return t.entry.cameo ? t.entry.cameo : undefined;
}

const CASUALTIES = new Set(['dead', 'injured', 'missing']);

/**
 * 地震已造成…2300人死亡, 发生火灾，造成10人死亡: deaths and injuries are the
 * outcome of what caused them. When that cause (the nearest event word before
 * them, not itself an outcome) is a disaster, they are the disaster's and add
 * to its category, not to unrest. With no cause in the sentence (台风吹袭…。
 * 截至今晨，至少86人受伤), the paragraph's last disaster, if any, is the cause.
 * A plain loop: it runs for each outcome.
 */
function disasterBefore(events: TriggerMatch[], at: number, earlier?: Category): Category | undefined {
  let cause: TriggerMatch | undefined;
  let protest = false;
  for (const t of events) {
    if (t.end <= at && !t.entry.outcome) cause = t;
    if (PROTEST.has(t.entry.label)) protest = true;
  }
  if (!cause) return earlier;
  if (DISASTERS.has(cause.entry.label)) return cause.entry.category;
  // 救起…惟搶救後不治, "the body was found": a death after a rescue or a find is an accident's or a disaster's.
  if (FOUND_OR_RESCUED.has(cause.entry.label)) return cause.entry.category;
  if (accidentBlast(cause, earlier)) return earlier;
  // Those of an airstrike or a shelling are the fighting's, unless protesters were fired on (向抗议人群开枪: a crackdown).
  return cause.entry.category === 'military' && !protest ? cause.entry.category : undefined;
}

/**
 * The disaster a paragraph is about so far, for the outcomes told in its
 * later sentences: this sentence's last disaster word, else the one before.
 * The caller keeps it per paragraph and passes it to classifySegment.
 */
export function lastDisaster(triggers: TriggerMatch[], before: Category | undefined): Category | undefined {
  let found = before;
  let previous: TriggerMatch | undefined;
  for (const t of triggers) {
    if (DISASTERS.has(t.entry.label) && !t.quoted && !blastSets(previous, t)) found = t.entry.category;
    previous = t;
  }
  return found;
}

/*
 * 多处住宅和汽车因爆炸起火, "the blast set off a fire": a fire the explosion set is what the explosion did,
 * no accident of its own that a later bare 爆炸 could be (see accidentBlast).
 */
function blastSets(previous: TriggerMatch | undefined, t: TriggerMatch): boolean {
  return previous !== undefined && previous.entry.label === 'attack' && BLAST.test(previous.text) && t.start - previous.end <= (hasHan(t.text) ? 2 : 16);
}

/**
 * The disaster a whole story is about, for a toll told in a later paragraph
 * that names no cause (…管理局截至昨晚的数据显示，仅土耳其境内就有9057人罹难):
 * the last disaster word so far, until a word of violence names another
 * possible cause.
 */
export function storyDisaster(triggers: TriggerMatch[], before: Category | undefined): Category | undefined {
  let found = before;
  let previous: TriggerMatch | undefined;
  for (const t of triggers) {
    if (t.quoted || t.entry.kind !== 'event') continue;
    if (DISASTERS.has(t.entry.label)) found = blastSets(previous, t) ? found : t.entry.category;
    else if (VIOLENCE.has(t.entry.label) && !accidentBlast(t, found)) found = undefined;
    previous = t;
  }
  return found;
}

/** Whether a sentence names something that kills: a disaster or violence (what a toll told before it may belong to). */
export function namesCause(triggers: TriggerMatch[]): boolean {
  for (const t of triggers) if (!t.quoted && t.entry.kind === 'event' && (DISASTERS.has(t.entry.label) || VIOLENCE.has(t.entry.label))) return true;
  return false;
}

/** Whether a sentence's only event words are deaths and injuries: a toll with no cause of its own (not arrests). */
export function onlyCasualties(triggers: TriggerMatch[]): boolean {
  let casualties = false;
  for (const t of triggers) {
    if (t.entry.kind !== 'event') continue;
    if (t.entry.outcome !== true || t.entry.label !== CASUALTY_LABEL) return false;
    casualties = true;
  }
  return casualties;
}

const CASUALTY_LABEL = 'casualties';
// What else kills and wounds (not a state of emergency or a deployment, which a disaster brings too;
// nor looting, which a disaster brings and which takes property, not lives: 趁乱抢劫商店).
const VIOLENCE = new Set(['use of force', 'attack', 'unrest', 'protests', 'crackdown', 'quelling unrest', 'missile launch', 'military intervention', 'coup', 'mutiny', 'uprising', 'takeover']);

const PROTEST = new Set(['protests', 'unrest', 'crackdown', 'quelling unrest']);

/**
 * 将…紧急状态提升至联邦级别, "imposed a state of emergency": a government
 * measure (other), unless curfews, riots or fighting stand beside it
 * (宣布全国进入紧急状态，实施宵禁): then it is part of that unrest.
 */
const FOLLOWS_NEIGHBOUR = new Set(['state of emergency']);

function forceBeside(events: TriggerMatch[]): Category | undefined {
  // Not what was quoted ("…to restore order"): what the speaker wants done is no unrest beside it.
  for (const t of events) if (!t.quoted && (t.entry.category === 'unrest' || t.entry.category === 'military')) return t.entry.category;
  return undefined;
}

/** The lexicon's labels for earthquakes, fires, floods and crashes, accidents, and an epidemic's spread (data/triggers.json). */
const DISASTERS = new Set(['disaster', 'outbreak', 'industrial accident', 'ship aground', 'lost contact']);
const FOUND_OR_RESCUED = new Set(['rescue', 'body found', 'search and rescue']);

/*
 * "All five people aboard a submersible … were killed": deaths aboard a vessel or aircraft, with no violence named
 * in the sentence, are an accident's (a missile that struck a bus names its own cause).
 */
const ABOARD = /\b(?:aboard|on board|onboard)\b|机上|機上|船上|艇上/;

function accidentAboard(sentence: string, triggers: TriggerMatch[]): boolean {
  if (!sentence.includes('board') && !/[机機船艇]上/.test(sentence)) return false;
  if (!ABOARD.test(sentence)) return false;
  let casualties = false;
  for (const t of triggers) {
    if (t.quoted || t.entry.kind !== 'event') continue;
    if (VIOLENCE.has(t.entry.label) || t.entry.category === 'military') return false;
    if (t.entry.label === CASUALTY_LABEL) casualties = true;
  }
  return casualties;
}

/*
 * 燃料库发生猛烈爆炸。…说，爆炸已造成68人死亡: a bare explosion after an accident or a
 * disaster told in the paragraph (a fuel depot, a fire) is that accident again, no attack.
 * Bombs, shells and attacks keep their own words.
 */
const BLAST = /^(?:爆炸|explosions?|blasts?)$/i;
function accidentBlast(t: TriggerMatch, cause: Category | undefined): boolean {
  return cause === 'other' && t.entry.label === 'attack' && BLAST.test(t.text);
}

/**
 * The category with the most weight, its heaviest trigger, and how many
 * distinct words and figures back it (one word alone, however heavy, is
 * not enough to outrank a verb of saying: 一次和平访问, "after a meeting with").
 */
function strongest(
  events: TriggerMatch[],
  figures: FoundFigure[],
  cause?: Category,
): { trigger: TriggerMatch; category: Category; score: number; evidence: number } | null {
  const scores = new Map<Category, number>();
  const evidence = new Map<Category, number>();
  const seen = new Set<string>();
  const back = (category: Category, weight: number) => {
    scores.set(category, (scores.get(category) ?? 0) + weight);
    evidence.set(category, (evidence.get(category) ?? 0) + 1);
  };
  // Each word's category: an outcome counts for its cause's, a state of emergency for the unrest or fighting beside it.
  const counted: Category[] = [];
  for (const t of events) {
    const category = t.entry.outcome
      ? (disasterBefore(events, t.start, cause) ?? t.entry.category)
      : FOLLOWS_NEIGHBOUR.has(t.entry.label) ? (forceBeside(events) ?? t.entry.category)
      : accidentBlast(t, cause) ? cause! : t.entry.category;
    counted.push(category);
    // A word repeated adds nothing: 海关…海关 is one topic.
    if (seen.has(t.text)) continue;
    seen.add(t.text);
    back(category, t.entry.weight);
  }
  for (const f of figures) {
    const category = CASUALTIES.has(f.what) ? (disasterBefore(events, f.start, cause) ?? f.category) : f.category;
    if (scores.has(category)) back(category, FIGURE_WEIGHT);
  }
  let winner: Category | null = null;
  for (const category of PRIORITY) {
    const score = scores.get(category);
    if (score !== undefined && (winner === null || score > scores.get(winner)!)) winner = category;
  }
  if (!winner) return null;
  // 受伤 counted for the paragraph's typhoon names the event when nothing in the sentence does.
  const candidates = events.filter((t, i) => t.entry.category === winner || counted[i] === winner);
  const named = candidates.filter((t) => !t.entry.outcome);
  const trigger = (named.length ? named : candidates).reduce((a, b) => (b.entry.weight > a.entry.weight ? b : a));
  return { trigger, category: winner, score: scores.get(winner)!, evidence: evidence.get(winner)! };
}

/**
 * What happened, what it was about, and who did it: what merging across
 * articles compares. Anything someone said is a "statement" (its category
 * still says whether it was about troops or money); its topic is the word
 * that stood out in what was said.
 */
export function kindOf(c: Classification, subject: Actor[]): Pick<TimelineEvent, 'eventType' | 'topic' | 'subjects'> {
  const topic = c.speech ? c.topic?.entry.label : undefined;
  return { eventType: c.speech ? 'statement' : c.trigger.entry.label, ...(topic ? { topic } : {}), subjects: idsOf(subject) };
}

/** A plain loop: an empty array from map would have another hidden class than a full one (see titles.ts). */
function idsOf(actors: Actor[]): string[] {
  const ids: string[] = [];
  for (const a of actors) ids.push(a.id);
  return ids;
}
