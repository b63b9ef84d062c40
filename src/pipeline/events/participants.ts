/**
 * Who an event involves, and who it is about. For something that happened,
 * the actors named until someone starts commenting on it; for a statement,
 * the speaker and everyone in what was said. A source credit such as （法新社） is not an actor.
 * All offsets are the sentence's.
 */
import type { Actor } from '../../lib/schema.ts';
import type { ActorMention } from '../types.ts';
import type { Span } from './clauses.ts';
import type { Classification } from './classify.ts';
import { datelineLength } from './dateline.ts';
import { relativeClauses } from './relativeClauses.ts';
import { quotations } from '../text/quotations.ts';
import { hasHan } from '../text/han.ts';
import { charAt, codeAt } from '../text/at.ts';

export interface Participants {
  actors: Actor[];
  /** Who the English label names first: the speaker, or who acted. */
  subject: Actor[];
  /**
   * For a statement, who is named before the verb of saying: the speaker and
   * how they are introduced (某国外交部官员某某表示: that country's foreign ministry),
   * their own side rather than what they spoke about.
   */
  side?: Actor[];
}

export interface ParticipantInput {
  sentence: string;
  segment: Span;
  classification: Classification;
  mentions: ActorMention[];
  lookup: (id: string) => Actor | undefined;
  /** The person the previous sentence was about, for 他/她/这位官员. */
  previousPerson: Actor | undefined;
  /** Who (person or body) did the previous sentence's first event, for a statement opening with "It". */
  previousSubject?: Actor | undefined;
  /** Who answers, in an answer turn of a transcript (毛宁：…): the speaker when the sentence names none. */
  turnSpeaker?: Actor | undefined;
  /** Whether an earlier segment of the sentence came first (its subject may carry on). */
  laterSegment: boolean;
  /** Where the segment's own words start, after its date expression. */
  afterDate: number;
  /** Where the sentence's own words start: past its dateline and a date that opens it (2020年5月他…). */
  opening?: number;
  /** Verbs of saying in the sentence (sentence offsets). */
  speechVerbs: Span[];
}

// Who wrote or photographed it, at the end: (记者王某), (AP Photo/Rajesh Kumar), [Zain Jaafar/AFP].
const CREDIT = /[（(](?:[^（）()]{1,12}|[^（）()]{0,20}(?:Photo|摄|\/)[^（）()]{0,40})[）)]\s*$|\[[^\[\]]{0,40}(?:Photo|摄|\/)[^\[\]]{0,40}\]\s*$/;
// He/she/this spokesman…: the subject is the person of the sentence before.
// “我对这个国家…感到由衷的悲伤，”他说: after a quotation that opens the sentence, 他 is who said it.
const ANAPHOR = /(?:^|[，,\s”」』])(?:他|她|其|该|这位|此人|这名|[Hh]e(?![a-z])|[Ss]he(?![a-z]))(?=[^，。]*$)/;
// 谈及互换便利时他说, 会谈后她表示: a clause fronted by 时/后/中, then the pronoun and its verb
// (not 其他, 他国, 他人, nor the plural 他们).
const FRONTED_ANAPHOR = /[时時后後中][，,]?(?:他|她)(?![国國人们們])[^，,。]{0,6}$/;
// "It called on Beijing…", "It also said…": the body that spoke in the sentence before.
const IT_OPENING = /^\s*It(?:\s+(?:also|further|then|later))?\s+$/;
// "They captured Bakhmut in May": a group (not a person) the sentence before was about.
const THEY_OPENING = /^\s*They(?:\s+(?:also|further|then|later|have|had))?\s+$/;
// "China's Foreign Ministry said Friday… On Sunday, the ministry protested…": a body named before, by its kind.
const THE_BODY = /^[\s,]*the\s+(?:ministry|agency|embassy|consulate|office)\s+$/i;
// "His press service said…", "Her lawyer said…": someone speaking for the person of the sentence before.
const POSSESSIVE_AIDE = /^\s*(?:His|Her)\s+(?:press (?:service|office|secretary)|office|spokes(?:man|woman|person)|lawyers?|attorneys?|aides?|representatives?|campaign|team)\s+$/;
// 他2008年…, 2020年5月他在…: a pronoun (not 他们, 他国, 他人, nor the possessive 他的 of 他的竞选搭档万斯…) opening the sentence's own words.
const PRONOUN_FIRST = /^(?:他|她)(?![国國人们們的])/;
// 2020年5月他在…上指出: the pronoun right after the segment's date, in the verb's clause.
const PRONOUN_AFTER_DATE = /^\s*(?:他|她)(?![国國人们們])[^，,。；;]*$/;

/**
 * "That evening the prime minister vowed…": a bare definite title with no name
 * (nor a country's, nor an "of" phrase) is the person the sentence before was about.
 */
const THE_TITLE =
  /^[\s,]*(?:and\s+|but\s+|then\s+)?the\s+(?:(?:new|acting|interim|outgoing|former)\s+)?(?:prime\s+minister|president|premier|chancellor|(?:foreign|defen[cs]e|finance|interior|home|health|energy|justice)\s+(?:minister|secretary)|secretary\s+of\s+state|king|queen)(?:\s+(?:also|then|later|again|himself|herself))?\s+$/i;

/** 2020年5月他在记者会上指出: the pronoun stands right after the date that opens the segment. */
function pronounAfterDate(input: ParticipantInput): boolean {
  const { afterDate, segment, classification } = input;
  return afterDate > segment.start && afterDate < classification.trigger.start && PRONOUN_AFTER_DATE.test(input.sentence.slice(afterDate, classification.trigger.start));
}

/** The words before the verb, past the segment's date when it opens the segment ("On Sunday, the ministry "). */
function ownWords(input: ParticipantInput, lead: string): string {
  const { afterDate, segment, classification } = input;
  return afterDate > segment.start && afterDate < classification.trigger.start ? input.sentence.slice(afterDate, classification.trigger.start) : lead;
}

/**
 * 新华社发布讣告说，前总理李克强…突发心脏病，…于27日逝世: a later segment after a
 * verb of saying goes on about who the report is about (the first person named
 * after the verb), not about who reported it.
 */
function reportedSubject(input: ParticipantInput, usable: ActorMention[]): ActorMention | undefined {
  let verb: Span | undefined;
  for (const v of input.speechVerbs) if (v.end <= input.segment.start) verb = v;
  if (!verb) return undefined;
  let first: ActorMention | undefined;
  for (const m of usable) {
    if (m.start < verb.end || m.end > input.segment.start) continue;
    if (input.lookup(m.actorId)?.kind === 'person') return m;
    first ??= m;
  }
  return first;
}

/** Whether the sentence's own words (past a date and a lead-in) open with 他/她. */
function opensWithPronoun(input: ParticipantInput): boolean {
  if (input.opening === undefined) return false;
  const rest = input.sentence.slice(input.opening);
  return PRONOUN_FIRST.test(rest.slice(LEAD_IN.exec(rest)?.[0].length ?? 0));
}

// 新加坡时间, 北京時間: a country naming a time zone takes no part.
function isTimeZone(sentence: string, m: ActorMention): boolean {
  const next = codeAt(sentence, m.end);
  return (next === 0x65f6 /* 时 */ || next === 0x6642) /* 時 */ && (codeAt(sentence, m.end + 1) === 0x95f4 /* 间 */ || codeAt(sentence, m.end + 1) === 0x9593) /* 間 */;
}

/** Whether a span (closing by `until`) holds the mention. */
const within = (spans: Span[], m: ActorMention, until = Number.POSITIVE_INFINITY) => spans.length > 0 && spans.some((s) => s.start <= m.start && m.end <= s.end && s.end <= until);

// "a Reuters reporter counted at least five bodies", 路透社记者在现场看到: the outlet's reporter
// witnessed the event; the outlet took no part in it (unlike "a Reuters reporter was detained").
const EN_WITNESS = /^[’']?s?\s+(?:reporters?|correspondents?|journalists?|photographers?|cameram[ae]n|crews?|teams?)\s+(?:(?:at the scene|on the ground|there|in [A-Z][\w-]+)\s+)?(?:counted|saw|witnessed|observed|heard|could see|reported seeing)\b/;
const ZH_WITNESS = /^(?:的)?(?:记者|記者|摄影记者|攝影記者|特派员|特派員)(?:在现场|在現場|在场|在場|现场|現場|当时|當時)?(?:看到|看見|看见|目睹|目击|目擊|数到|數到|清点|清點|亲眼|親眼|见到|見到)/;

/** Whether the mention names the outlet whose reporter witnessed what happened. */
function isWitnessOutlet(sentence: string, m: ActorMention): boolean {
  const after = sentence.slice(m.end, m.end + 60);
  return ZH_WITNESS.test(after) || EN_WITNESS.test(after);
}

// ", a city of about 1 million people near the Ukrainian border,": what a place is, to the next comma.
const PLACE_DESCRIPTION = /,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:city|town|village|port|region|province|district|capital|island|enclave|area)\b[^,;()]*/g;

/** English appositions describing a place: who is named there (the Ukrainian border) takes no part. */
function placeDescriptions(sentence: string): Span[] {
  if (!sentence.includes(', a')) return NO_SPANS;
  const spans: Span[] = [];
  for (const m of sentence.matchAll(PLACE_DESCRIPTION)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

export function participants(input: ParticipantInput): Participants {
  const { sentence, segment, classification, lookup } = input;
  const trigger = classification.trigger;
  const credit = CREDIT.exec(sentence);
  const dateline = datelineLength(sentence);
  const described = placeDescriptions(sentence);
  const usable = input.mentions.filter(
    (m) => m.start >= dateline && (!credit || m.start < credit.index) && !isVenue(sentence, m, lookup) && !isTimeZone(sentence, m) && !within(described, m) && !isWitnessOutlet(sentence, m),
  );
  // 科巴希澤則回應說，祖拉比什維利必須在本月29日交出總統府: what was said stands in a segment of its own
  // (its date is a deadline, no event's); the saying, which ends its segment, is still about who is named there.
  const until = classification.speech ? (saysNothingInSegment(input) ? sentence.length : segment.end) : commentStart(input, usable, trigger.end);
  const inScope = usable.filter((m) => m.start >= segment.start && m.end <= until);
  // A statement whose content word is the trigger (said … had fired … cruise missiles): who speaks stands before the verb.
  const saying = classification.speech ? verbOf(input) : trigger;
  // 据彭博社报道，…: the source is where the news comes from, not who did or said it; nor is
  // 英国 in 英国御用大律师歐文 (part of the lawyer's role), nor whom someone spoke to (对BBC中文说).
  const source = sourceOpening(sentence, dateline, classification.speech);
  const notSubject = (m: ActorMention) =>
    (source > 0 && m.start < source) || isRoleCountry(sentence, m, lookup) || isListener(sentence, m, input.speechVerbs) || isEnglishObject(sentence, m);
  // Names inside a quotation are what was said, not who said it.
  const quoted = quotations(sentence);
  // Nor is a name in the topic (关于美菲防务合作，我们…表明) or a prepositional phrase ("at the request of the United States").
  const topics = classification.speech ? topicSpans(sentence, segment.start, saying.start) : NO_SPANS;
  // "Wagner, which Prigozhin has said has 25,000 fighters, has fought…": who is named in a relative clause is not who acted.
  const relative = relativeClauses(sentence);
  // The clauses that are asides to this event (not its own: "Blinken, who spoke with Bazoum by phone last week, …").
  const aside = relative.length ? relative.filter((s) => !(s.start <= trigger.start && trigger.end <= s.end)) : relative;
  const beforeTrigger = inScope.filter(
    (m) =>
      m.end <= saying.start &&
      !notSubject(m) &&
      !within(relative, m, saying.start) &&
      !(classification.speech && (quoted.some((q) => q.start <= m.start && m.end <= q.end) || topics.some((t) => t.start <= m.start && m.end <= t.end) || afterPreposition(sentence, m.start) || hostedSetting(sentence, m))),
  );
  // Who did it is named in the clause that says what was done (…since the
  // Taliban took control: not China, named earlier in the sentence).
  const clauseStart = clauseStartBefore(sentence, saying.start);
  const inClause = beforeTrigger.filter((m) => m.start >= clauseStart);
  const before = actorsOf(inClause.length && !classification.speech ? inClause : beforeTrigger, lookup);

  // 美军战斗机于美国东部时间4日…: one actor named twice is one subject.
  let subject = unique(pickSubject(before, classification.speech));
  // Named after the verb in English: a party to the event, not who did it.
  let party: Actor | undefined;
  if (classification.speech && subject.length === 1 && subject[0]!.kind === 'person') {
    const listed = listedSpeakers(sentence, inClause.length ? inClause : beforeTrigger, lookup);
    if (listed.length) subject = listed;
  }
  const lead = sentence.slice(segment.start, saying.start);
  // 他2016年击败民主党候选人希拉里…当选: the pronoun opening the sentence is its subject; a person named after it
  // (whom he defeated) is not, as a person named before a later 他 would be.
  const pronounSubject = input.previousPerson !== undefined && !input.laterSegment && before.some((a) => a.kind === 'person') && opensWithPronoun(input);
  if (pronounSubject) {
    subject = [input.previousPerson!];
  } else if (!before.some((a) => a.kind === 'person') && input.previousPerson && (ANAPHOR.test(lead) || pronounAfterDate(input) || frontedAnaphor(input) || sharesOpeningPronoun(input, inClause, clauseStart) || POSSESSIVE_AIDE.test(lead) || THE_TITLE.test(ownWords(input, lead)))) {
    subject = [input.previousPerson];
  } else if (classification.speech && !before.length && input.previousSubject && IT_OPENING.test(lead)) {
    subject = [input.previousSubject];
  } else if (!before.length && input.previousSubject && input.previousSubject.kind !== 'person' && (THEY_OPENING.test(lead) || THE_BODY.test(ownWords(input, lead)))) {
    // "They captured Bakhmut in May", "On Sunday, the ministry protested…": the body the sentence before was about.
    subject = [input.previousSubject];
  } else if (!classification.speech && (!before.length || (input.laterSegment && !startsWithActor(input, usable)))) {
    // …5日宣布进入紧急状态，自上月起爆发数十年来最严重的冲突: the second
    // segment has no subject of its own; it is still about the sentence's.
    // 他2008年出任副总理，2013年出任国务院总理: a sentence opened by 他 is about the person before.
    const topic = input.laterSegment ? reportedSubject(input, usable) : undefined;
    // Not a name from a relative clause (", which reserved posts for veterans who fought … against Pakistan").
    // In English the subject comes before its verb: "…were searching for the remains of a Chinese balloon" is not
    // China's, "The army ousts Omar al-Bashir" not Bashir's; only "fighting between Sudan's army and…" names its parties after it.
    // Such a name still takes part ("The alliance began deploying, after Tokayev appealed for help").
    const first = usable.find((m) => !notSubject(m) && !(aside.length && within(aside, m)));
    const english = !hasHan(sentence);
    const objectOnly = first !== undefined && english && !input.laterSegment && first.start >= trigger.start && !BETWEEN.test(sentence.slice(trigger.end, first.start));
    const sentenceSubject = input.previousPerson && opensWithPronoun(input) ? input.previousPerson : topic ? lookup(topic.actorId) : first && lookup(first.actorId);
    if (sentenceSubject && objectOnly && !topic && !(input.previousPerson && opensWithPronoun(input))) party = sentenceSubject;
    else if (sentenceSubject) subject = [sentenceSubject];
  }
  // "…after talks mediated by Qatar, Egypt and the United States": go-betweens, not what was said.
  const agents = classification.speech ? passiveAgents(sentence, inScope, trigger.end) : NO_MENTIONS;
  // "…took control of the headquarters, which runs the war in Ukraine": what is said of the place, not who took part.
  const named = actorsOf(classification.speech || !aside.length ? inScope : inScope.filter((m) => !(m.start > trigger.end && within(aside, m))), lookup);
  // "…, diplomatic sources said": the speaker is in the verb's own clause, and unnamed.
  const unnamed = classification.speech && before.length > 0 && unnamedSpeaker(input, saying, usable, clauseStart);
  if (unnamed) subject = [];
  // 毛宁：…我们已经表明了立场: in an answer, who answers speaks unless someone else is named.
  if (!subject.length && classification.speech && !unnamed && input.turnSpeaker) subject = [input.turnSpeaker];
  // "His remarks echoed those of Antony Blinken, who said…": no one before the verb, so whoever is named.
  if (!subject.length && classification.speech && !unnamed) subject = actorsOf(inScope.filter((m) => !notSubject(m) && !topics.some((t) => t.start <= m.start && m.end <= t.end)), lookup).filter((a) => a.kind === 'person').slice(0, 1);
  // "Yunus, 84, …, is expected to return on Thursday, a spokesperson said": an
  // unnamed speaker reports on the sentence's subject, who is in the event.
  // "X and President-elect Y, who …, made a joint appeal": those listed with the first are in it too.
  const about = !subject.length && classification.speech && (input.laterSegment || unnamed) && usable[0] ? listedFrom(sentence, usable, lookup) : NO_ACTORS;
  // "…called for her to go, and she summoned Sir Graham Brady", "…, he said": the pronoun is the person before:
  // the first named earlier in the same sentence ("Fico was in stable condition Thursday, a day after he was
  // shot"), else the sentence before's.
  const referred = pronounBeforeNames(input, inScope) ? (personBefore(input, usable) ?? input.previousPerson) : undefined;
  const actors = unique([...subject, ...about, ...(party ? [party] : []), ...named, ...bodyCountries(inScope.filter((m) => !notSubject(m)), lookup), ...(referred ? [referred] : [])]);
  if (!classification.speech) return { actors, subject };
  // "…told RFA that…", 对BBC中文说: whom someone spoke to is not what they spoke about.
  const listener = TOLD.test(saying.text)
    ? inScope.filter((m) => m.start >= saying.end && /^\s{1,2}$/.test(sentence.slice(saying.end, m.start)))
    : inScope.filter((m) => isListener(sentence, m, input.speechVerbs));
  // 据路透社报道，清盘人在声明中说: the source introduces the speaker, as a listener or a go-between does.
  const sources = source > 0 ? inScope.filter((m) => m.start < source) : NO_MENTIONS;
  return { actors, subject, side: [...before, ...actorsOf(listener, lookup), ...actorsOf(agents, lookup), ...actorsOf(sources, lookup)] };
}

const NO_MENTIONS: ActorMention[] = [];

/** Whether a statement's segment ends at its verb of saying (说，), what was said all in later segments. */
function saysNothingInSegment(input: ParticipantInput): boolean {
  const verb = verbOf(input);
  // 回應說，: the verb may be followed by 说 before the break.
  return verb.end < input.sentence.length && /^(?:说|說|称|稱|道)?[\s，,:：]*$/.test(input.sentence.slice(verb.end, input.segment.end));
}

/**
 * The verb of saying a statement hangs on. Its trigger may be a word of what was
 * said ("Hagari said that Iran had fired … cruise missiles"): then the first verb
 * of saying before that word, in the segment; the trigger itself otherwise.
 */
function verbOf(input: ParticipantInput): Span & { text: string } {
  const trigger = input.classification.trigger;
  if (trigger.entry.kind === 'speech') return trigger;
  let verb: (Span & { text: string }) | undefined;
  // The first: "Zaman said he had met…, and promised that…" is Zaman's saying, whose clause names him.
  for (const v of input.speechVerbs) if (v.start >= input.segment.start && v.end <= trigger.start) { verb = v as Span & { text: string }; break; }
  return verb ?? trigger;
}

// 据彭博社报道，/據路透社消息，/据外交官透露，: the opening names where the news comes from.
const SOURCE_OPENING = /^[据據][^，,。；;：:“「]{1,24}[，,]/;

// 据珠海市公安局昨晚发布的警情通报，: a body's own notice is its statement, and the body its speaker.
const OWN_NOTICE = /(?:发布|發布|公布)的?[^，,]{0,6}(?:通报|通報|声明|聲明|公告|通告)[，,]$/;

/** Where a sentence-opening source attribution ends (0: none); in a statement, not at a body's own notice. */
function sourceOpening(sentence: string, from: number, speech: boolean): number {
  const c = codeAt(sentence, from);
  if (c !== 0x636e /* 据 */ && c !== 0x64da /* 據 */) return 0;
  const m = SOURCE_OPENING.exec(sentence.slice(from));
  return m && !(speech && OWN_NOTICE.test(m[0])) ? from + m[0].length : 0;
}

// 英国御用大律师, 美国资深记者, 日本法官: a profession a nationality qualifies (not an office: 英国外相 is the government).
const ROLE_AFTER = /^(?:御用|资深|資深|首席|知名|著名|籍)?(?:大律师|大律師|律师|律師|法官|检察官|檢察官|记者|記者|学者|學者|商人|作家|医生|醫生|教授|歌手|演员|演員|导演|導演|运动员|運動員|球员|球員)/;

/** Whether a country only says where a professional (英国御用大律师歐文) comes from. */
function isRoleCountry(sentence: string, m: ActorMention, lookup: (id: string) => Actor | undefined): boolean {
  const next = codeAt(sentence, m.end);
  if (!(next >= 0x3400 && next <= 0x9fff)) return false;
  return ROLE_AFTER.test(sentence.slice(m.end, m.end + 8)) && lookup(m.actorId)?.kind === 'country';
}

// 对BBC中文说, 向记者表示: up to a few characters (中文, 记者) between whom and the verb.
const LISTENER_GAP = /^(?:中文|英文|中文网|中文網|记者|記者|媒体|媒體)?$/;
// Verbs that only say something to someone (not 表达支持, which 对哈方 receives as its party).
const TO_LISTENER = /^(?:说|說|表示|透露|称|稱|介绍|介紹|坦言|直言)/;

// 在接受美国广播公司（ABC）采访时说, 接受本台專訪: an interview, whose maker hears what is said.
const INTERVIEW_AFTER = /^(?:[（(][^）)]{1,24}[）)])?(?:中文|英文)?(?:网|網|电视台|電視台|电台|電台)?(?:的)?(?:独家|獨家|电话|電話|书面|書面)?(?:专访|專訪|采访|採訪|访问|訪問)/;

/** 购房者对BBC中文说, 向中方表示, 接受ABC采访时说: whom someone spoke to (对/向 X, then the verb of saying). */
function isListener(sentence: string, m: ActorMention, verbs: Span[]): boolean {
  if (sentence.startsWith('接受', m.start - 2) && INTERVIEW_AFTER.test(sentence.slice(m.end, m.end + 40))) return true;
  const before = charAt(sentence, m.start - 1);
  if (before !== '对' && before !== '對' && before !== '向') return false;
  return verbs.some((v) => v.start >= m.end && v.start - m.end <= 4 && LISTENER_GAP.test(sentence.slice(m.end, v.start)) && TO_LISTENER.test(sentence.slice(v.start, v.start + 2)));
}

// "Joe Biden thanked Truss", "she summoned Sir Graham Brady": a subject, its verb, then (titles and) the name.
const ENGLISH_OBJECT = /(?:^|[\s(])(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w’'-]*)\s+(?:(?:has|had|have|also|then|later|[a-z]+ly)\s+)?(?:[a-z]{2,}ed|told|met|sent|gave|saw|took|won|beat|hit)\s+(?:(?:Sir|Dame|Lord|Lady|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|[A-Z][\w.’'-]*)\s+){0,3}$/;

/** Whether an English name is the object of a verb whose subject stands right before it (not who acts or speaks). */
function isEnglishObject(sentence: string, m: ActorMention): boolean {
  if (m.start < 4 || codeAt(sentence, m.start - 1) !== 32 || hasHan(sentence)) return false;
  return ENGLISH_OBJECT.test(sentence.slice(Math.max(0, m.start - 80), m.start));
}

// he, she, her, him: not his, which mostly stands for the sentence's own subject.
const EN_PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|her|him)\b/;

/*
 * 巴库一家法院周四裁定对他审前羁押四个月: 他 as the object of a verb or preposition (对他, 将她, 判处他)
 * is the person of the sentence before, who takes part though not as the subject (not 他们, 他国, 他人).
 */
const ZH_OBJECT_PRONOUN = /(?:对|對|将|將|把|向|给|給|让|讓|令|判处|判處|逮捕|拘捕|拘留|起诉|起訴|释放|釋放|羁押|羈押)(?:他|她)(?![们們国國人乡鄉])/;

/** Whether an English segment refers to someone by a pronoun before naming anyone ("…, he said"); in Chinese, an object pronoun (see ZH_OBJECT_PRONOUN). */
function pronounBeforeNames(input: ParticipantInput, inScope: ActorMention[]): boolean {
  const { sentence, segment } = input;
  if (hasHan(sentence)) {
    if (!sentence.includes('他') && !sentence.includes('她')) return false;
    const person = inScope.find((m) => m.start >= segment.start && input.lookup(m.actorId)?.kind === 'person');
    return ZH_OBJECT_PRONOUN.test(sentence.slice(segment.start, person ? person.start : segment.end));
  }
  const person = inScope.find((m) => m.start >= segment.start && input.lookup(m.actorId)?.kind === 'person');
  return EN_PERSONAL_PRONOUN.test(sentence.slice(segment.start, person ? person.start : segment.end));
}

/** The first person named in the sentence before the segment, outside any quotation's words. */
function personBefore(input: ParticipantInput, usable: ActorMention[]): Actor | undefined {
  for (const m of usable) {
    if (m.start >= input.segment.start) return undefined;
    const actor = input.lookup(m.actorId);
    if (actor?.kind === 'person') return actor;
  }
  return undefined;
}

/**
 * 谈及互换便利时他说: the classification's verb (谈及) opens a fronted clause,
 * and the pronoun stands before the next verb of saying.
 */
function frontedAnaphor(input: ParticipantInput): boolean {
  const { sentence, segment, classification } = input;
  const verb = input.speechVerbs.find((v) => v.start >= classification.trigger.start && v.end <= segment.end && v.start > segment.start);
  if (!verb) return false;
  const lead = sentence.slice(segment.start, verb.start);
  return FRONTED_ANAPHOR.test(lead) && !ANAPHOR_BLOCKER.test(lead);
}

// A name of someone else before the pronoun's clause would be its subject instead.
const ANAPHOR_BLOCKER = /[。；;]/;

// "mediated by", "brokered by", "hosted by": the passive's agent, and the rest of its list.
const PASSIVE_BY = /\b[a-z]+ed\s+by\s+(?:the\s+)?$/i;
const LIST_ON = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

function passiveAgents(sentence: string, mentions: ActorMention[], after: number): ActorMention[] {
  if (!sentence.includes('ed by ')) return NO_MENTIONS;
  const out: ActorMention[] = [];
  let last: ActorMention | undefined;
  for (const m of mentions) {
    if (m.start < after) continue;
    const agent = last ? LIST_ON.test(sentence.slice(last.end, m.start)) : PASSIVE_BY.test(sentence.slice(Math.max(0, m.start - 24), m.start));
    if (agent) {
      out.push(m);
      last = m;
    } else if (last) break;
  }
  return out;
}

const TOLD = /^(?:told|tells?|telling)$/i;

const NO_SPANS: Span[] = [];
// 关于…，/就…/对于…/针对…: what a remark is about, up to the clause's end (or the verb).
const TOPIC = /(?:关于|關於|对于|對於|针对|針對|就)[^，,。；;]*/g;
const TOPIC_CUE = /关于|關於|对于|對於|针对|針對|就/;

function topicSpans(sentence: string, from: number, to: number): Span[] {
  const lead = sentence.slice(from, to);
  if (!TOPIC_CUE.test(lead)) return NO_SPANS;
  const spans: Span[] = [];
  for (const m of lead.matchAll(TOPIC)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  return spans;
}

// "at the request of the United States", "in talks with Japan": no subject stands after a preposition.
const PREPOSITION = /\b(?:of|by|from|with|to|for|at|in|on|against|about|over|between|among|under)\s+(?:the\s+)?$/i;
// 中方同美方保持沟通，希望…, 习近平同普京通电话时表示: whom someone was with, spoke to or acted on (同, 跟,
// 向, 对, 给) is not who speaks. Not 和 or 与, which as often join two speakers.
const ZH_PREPOSITIONS = new Set([...'同跟向对對给給']);
const afterPreposition = (sentence: string, at: number) =>
  at > 0 && (ZH_PREPOSITIONS.has(charAt(sentence, at - 1)) || (codeAt(sentence, at - 1) === 32 && PREPOSITION.test(sentence.slice(Math.max(0, at - 16), at))));

/*
 * 斯米尔诺夫在普京主持的会议上汇报说: who chairs or hosts the meeting where someone
 * speaks (在X主持的/召开的/举行的…上) names the setting, not the speaker.
 */
const HOSTED = /^[^，。；,;]{0,4}?(?:主持|召开|举行|主办|出席|舉行|召開|主辦)的[^，。；,;]{0,12}?[上中]/;
const hostedSetting = (sentence: string, m: ActorMention) =>
  (charAt(sentence, m.start - 1) === '在' || charAt(sentence, m.start - 1) === '於' || charAt(sentence, m.start - 1) === '于') &&
  HOSTED.test(sentence.slice(m.end, m.end + 24));

/**
 * "…to discuss the launch at the request of the United States, diplomatic
 * sources said": a verb of saying after a comma has its speaker in its own
 * clause; a few words there and no name is someone unnamed.
 */
function unnamedSpeaker(input: ParticipantInput, verb: Span, mentions: ActorMention[], clauseStart: number): boolean {
  if (clauseStart <= input.segment.start || hasHan(input.sentence.slice(clauseStart, verb.end))) return false;
  if (mentions.some((m) => m.start >= clauseStart && m.end <= verb.start)) return false;
  const words = input.sentence.slice(clauseStart, verb.start).trim();
  // "Trump, who will be sworn in on Monday, has also claimed…": a verb's own auxiliary, after the subject's relative clause.
  return words !== '' && words.split(/\s+/).length <= 4 && !/^(?:and|but|then|also|as|who|which|he|she|they|it|has|have|had|is|are|was|were|will|would)\b/i.test(words);
}

const BETWEEN = /^\s+between\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;

// 在奥地利与塞内加尔进行友谊赛, 总部位于挪威的: a country where something happens is a venue, not a party to it.
// Not 进行 or 的: 在邻国进行干预后, 在美国的压力下 make the country the agent.
const VENUE_AFTER = /^(?:与|與|同|跟|举行|舉行|举办|舉辦|召开|召開|出席|参加|參加|会见|會見|会晤|會晤|境内|境內)/;

// 在美国纽约申请破产保护, 在印度尼西亚巴厘岛举行会晤: a country, then a place in it, is where it happened.
// Well-known cities, or a name ending in a word for a place (岛, 市, 州…).
const PLACE_IN_COUNTRY = /^(?:纽约|紐約|华盛顿|華盛頓|旧金山|舊金山|洛杉矶|洛杉磯|芝加哥|伦敦|倫敦|巴黎|柏林|东京|東京|大阪|首尔|首爾|莫斯科|圣彼得堡|聖彼得堡|北京|上海|深圳|广州|廣州|新德里|孟买|孟買|雅加达|雅加達|曼谷|悉尼|墨尔本|墨爾本|日内瓦|日內瓦|维也纳|維也納|布鲁塞尔|布魯塞爾|罗马|羅馬|马德里|馬德里|多伦多|多倫多|温哥华|溫哥華|迪拜|杜拜|利雅得|开罗|開羅|伊斯坦布尔|伊斯坦堡|[\u3400-\u9fff]{1,4}?(?:岛|島|市|州|省|县|縣|郡|港|湾|灣))/;

function isVenue(sentence: string, m: ActorMention, lookup: (id: string) => Actor | undefined): boolean {
  const before = sentence.slice(Math.max(0, m.start - 2), m.start);
  const located = before === '位于' || before === '位於';
  if (!located && before.at(-1) !== '在') return false;
  if (lookup(m.actorId)?.kind !== 'country') return false;
  const after = sentence.slice(m.end, m.end + 6);
  return located || VENUE_AFTER.test(after) || PLACE_IN_COUNTRY.test(after);
}

const OPENING_PRONOUN = /^(?:他|她|其|[Hh]e|[Ss]he)(?![a-z])/;

/**
 * 她当晚搭机离台，转往南韩访问: the pronoun opens the sentence and the
 * trigger's clause has no subject of its own (it opens with a verb, 转往), so
 * the pronoun is its subject too; 南韩 is where she went.
 */
function sharesOpeningPronoun(input: ParticipantInput, inClause: ActorMention[], clauseStart: number): boolean {
  if (clauseStart <= input.segment.start) return false;
  const opening = input.sentence.slice(input.segment.start);
  if (!OPENING_PRONOUN.test(opening.slice(LEAD_IN.exec(opening)?.[0].length ?? 0))) return false;
  const clause = input.sentence.slice(clauseStart);
  const clauseOpening = clauseStart + (LEAD_IN.exec(clause)?.[0].length ?? 0);
  return !inClause.some((m) => m.start <= clauseOpening + 1);
}

// English subordinate clauses have their own subjects: since/after/when the Taliban took…
const CLAUSE_BREAK = /[，。；：,;:]|\b(?:since|after|before|when|while|as|because|although|until|whereas)\s/gi;

function clauseStartBefore(sentence: string, at: number): number {
  let start = 0;
  for (const m of sentence.slice(0, at).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return start;
}

const LEAD_IN = /^[\s，,、：:]*(?:毕竟|而且|并且|但是|但|而|则|也|同时|此外|另外|其中|随后|之后|此后|then|and|but)?[\s，,]*/i;

/** Whether the segment's own words open with a name (or a title and a name). */
function startsWithActor(input: ParticipantInput, mentions: ActorMention[]): boolean {
  const rest = input.sentence.slice(input.afterDate, input.segment.end);
  const offset = input.afterDate + (LEAD_IN.exec(rest)?.[0].length ?? 0);
  return mentions.some((m) => m.start >= offset && m.start <= offset + 12 && !/[，,。]/.test(input.sentence.slice(offset, m.start)) && (m.start === offset || m.role !== undefined || /^[^\p{Script=Han}]*$/u.test(input.sentence.slice(offset, m.start)) || isTitleOnly(input.sentence.slice(offset, m.start))));
}

// 法国总统马克龙: the words before the name are a country and a title.
const isTitleOnly = (text: string) => /^(?:[\p{Script=Han}]{0,6}(?:主席|总统|总理|外长|部长|发言人|国王|首相|秘书长|议长|大使|官员))$/u.test(text);

function pickSubject(before: Actor[], speech: boolean): Actor[] {
  const people = before.filter((a) => a.kind === 'person');
  if (speech) return people.length ? [people.at(-1)!] : before.slice(-1);
  return people.length ? people.slice(0, 2) : before.slice(0, 2);
}

// 潘功胜、国家金融监督管理总局局长李云泽、中国证监会主席吴清…答记者问, "Wong and Chow said":
// between two listed speakers, only a separator and the next one's title.
const LISTED = /^\s*(?:、|和|与|與|及|以及|,\s*|,?\s+and\s+)[^，。；,;、]{0,16}$/;

/**
 * Speakers listed before one verb of saying all speak: the people that end the
 * mentions before the verb, each joined to the next by 、/和/and.
 */
function listedSpeakers(sentence: string, before: ActorMention[], lookup: (id: string) => Actor | undefined): Actor[] {
  const list: Actor[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const actor = lookup(before[i]!.actorId);
    if (actor?.kind !== 'person') break;
    if (list.length && !LISTED.test(sentence.slice(before[i]!.end, before[i + 1]!.start))) break;
    list.unshift(actor);
  }
  return list.length > 1 ? unique(list) : [];
}

/**
 * Who did something ends where someone starts commenting on it: at the
 * speaker of the first verb of saying after the trigger (…首都落入叛军手中，…
 * 英国经济学家某某指出… — the economist is not part of the fall of the capital).
 */
function commentStart(input: ParticipantInput, mentions: ActorMention[], after: number): number {
  const verb = input.speechVerbs.find((v) => v.start >= after && v.end <= input.segment.end && !isAttributive(input.sentence, v));
  if (!verb) return input.segment.end;
  const speaker = mentions.filter((m) => m.start >= after && m.end <= verb.start && verb.start - m.end <= 4).at(-1);
  // 习近平致电特朗普，祝贺他…, 她已致电特朗普祝贺他胜选: a name right after the trigger (or after it and a title) is its
  // object, who takes part, not someone commenting on it.
  if (speaker && isObjectOf(input.sentence.slice(after, speaker.start))) return input.segment.end;
  // 在…新闻发布会上，…发言人某某介绍: the trigger names the meeting (or is inside its name) where the speaker spoke:
  // the speaker is the one at it, not someone commenting on it.
  if (speaker && AT_MEETING.test(input.sentence.slice(after, speaker.start)) && /在[^，。；,;]*$/.test(input.sentence.slice(input.segment.start, after))) return input.segment.end;
  // …会议在撒马尔罕举行，习近平出席并讲话: who attended and spoke took part.
  if (speaker && /出席|参加|與會|与会/.test(input.sentence.slice(speaker.end, verb.start))) return input.segment.end;
  return speaker ? speaker.start : verb.start;
}

/**
 * 官方公布的结果显示现任总统马杜罗胜选连任: a verb of saying followed by 的 qualifies a noun
 * (the published results), no one comments there; who is named after it still takes part.
 */
function isAttributive(sentence: string, verb: Span): boolean {
  return sentence.charCodeAt(verb.end) === 0x7684; /* 的 */
}

/** The rest of a 在…会上 setting, then (after its comma) the speaker's description: 新闻发布会上，甘肃省应急管理厅新闻发言人. */
const AT_MEETING = /^[^，。；,;]*?(?:会|会议|论坛|仪式|典礼)上[，,][^，。；,;]{0,24}$/;

/**
 * The actor of the first mention and of the people listed right after it (joined by and, 和, 、,
 * a title between): "Outgoing President Zuzana Caputova and President-elect Peter Pellegrini".
 */
function listedFrom(sentence: string, mentions: ActorMention[], lookup: (id: string) => Actor | undefined): Actor[] {
  const first = lookup(mentions[0]!.actorId);
  if (!first) return NO_ACTORS;
  const list = [first];
  for (let i = 1; first.kind === 'person' && i < mentions.length; i++) {
    const actor = lookup(mentions[i]!.actorId);
    if (actor?.kind !== 'person' || !LISTED.test(sentence.slice(mentions[i - 1]!.end, mentions[i]!.start))) break;
    list.push(actor);
  }
  return list;
}

// What may stand between a verb and its object's name: an aspect particle, or a title (致电美国当选总统特朗普).
const OBJECT_GAP = /^(?:了|过|過)?$/;

/** Whether the words between a trigger and a name make the name the trigger's object. */
const isObjectOf = (gap: string) => OBJECT_GAP.test(gap) || isTitleOnly(gap.replace(/^(?:了|过|過)/, ''));

/**
 * The actors these mentions name, in order. A plain loop rather than
 * map(lookup).filter(…): an empty result of those has another hidden class
 * than a full one, and each new class met by compiled code here deoptimises
 * it and the large functions it was inlined into.
 */
function actorsOf(mentions: ActorMention[], lookup: (id: string) => Actor | undefined): Actor[] {
  const actors: Actor[] = [];
  for (const m of mentions) {
    const actor = lookup(m.actorId);
    if (actor !== undefined) actors.push(actor);
  }
  return actors;
}

/*
 * 俄罗斯国家反恐委员会宣布, 俄羅斯政府緊急情況委員會決定: a body named with its country
 * first acts for that country, which takes part too (after the body, as it was named).
 */
function bodyCountries(mentions: ActorMention[], lookup: (id: string) => Actor | undefined): Actor[] {
  let countries: Actor[] | undefined;
  for (const m of mentions) {
    const body = lookup(m.actorId);
    // Learned bodies only (as the registry counts them): 美国财政部 is already glossed "US Treasury".
    if (body?.kind !== 'organisation' || !body.country || body.origin !== 'text') continue;
    const country = lookup(body.country);
    if (country?.kind !== 'country') continue;
    const { names } = country;
    // Chinese forms only: the registry counts the country as named by the same test (its folded form).
    const first = [names['zh-Hans'], names['zh-Hant']].find((form) => form && m.text.length > form.length && m.text.startsWith(form));
    if (first) (countries ??= []).push(country);
  }
  return countries ?? NO_ACTORS;
}
const NO_ACTORS: Actor[] = [];

function unique(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
