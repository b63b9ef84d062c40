/**
 * The trigger lexicon (data/triggers.json) compiled once into matchers.
 * Chinese entries match the text folded to simplified; '…' in an entry is a
 * gap of up to 20 characters within one clause (落入…手中). In an English
 * entry '…' is a gap of up to three words, no punctuation between them
 * ("fired an … missile" holds "fired an intercontinental ballistic missile").
 */
import lexicon from '../data/triggers.json' with { type: 'json' };
import type { Category } from '../../lib/schema.ts';
import { foldText } from '../text/fold.ts';
import { CharTrie, hitBuffer } from '../text/trie.ts';
import {
  bareSaying,
  countedCalls,
  describesPeople,
  armedStorming,
  domesticMeeting,
  domesticVisit,
  enabledOnly,
  physicalTopple,
  facingFrame,
  inFrame,
  fellToAmount,
  isChant,
  isSetting,
  militaryAttack,
  militaryStrike,
  moneyWithdrawn,
  naturalStrike,
  officeFrame,
  proposedAtHome,
  negated,
  notSaying,
  yardstickSpan,
  isTopic,
  noteCues,
  occupiedPlace,
  partOfName,
  protestedSomething,
  protestersAsObject,
  releasedDocument,
  seizedPeople,
  shotNoPerson,
  asClause,
  courtDeclared,
  suspendedThing,
  crossingPassed,
  deployedDevice,
  struckObstacle,
  homeMessage,
} from './triggerContext.ts';
import { quotations } from '../text/quotations.ts';
import { charAt, codeAt } from '../text/at.ts';

/** `blocked`: a word that holds a trigger but never reports it (出任何 holds 出任); dropped once matched. */
export type TriggerKind = 'event' | 'speech' | 'setting' | 'blocked';

export interface TriggerEntry {
  kind: TriggerKind;
  /** Only for `event`: the category it marks. Speech marks `statement`. */
  category: Category;
  cameo?: string;
  /** English noun phrase for labels: "phone call", "arrests". */
  label: string;
  weight: number;
  /** A result of some other event (deaths, arrests): that event, when named, names it. */
  outcome?: boolean;
  /** False: never what a statement is about (an arrival dates what was said, it is not its subject). */
  topic?: boolean;
  /**
   * What the sentence must also hold for the word to count ("veto" is a UN
   * veto only beside the Security Council; "vote" an election only beside
   * one: a cabinet vote or a vote on a budget is neither).
   */
  requires?: RegExp;
}

export interface TriggerMatch {
  entry: TriggerEntry;
  /** Inside quotation marks, or what a remark was about (就选举结果表示): what was said, wherever it stands. */
  quoted?: boolean;
  /** As written in the text (original characters, not folded). */
  text: string;
  start: number;
  end: number;
  /** Followed by 的: it describes a noun (参与请愿的教师) rather than saying what happened. */
  modifier?: boolean;
}

/**
 * Every entry has every field, in one order (absent ones undefined), so all
 * entries share one hidden class. With only the fields each entry has, a
 * dozen classes met the `t.entry.kind` and `t.entry.label` reads all over the
 * pipeline, and each class that compiled code met late threw the function
 * away (findTriggers, classifySegment, strongest, englishLabel were compiled
 * again and again).
 */
export function triggerEntry(
  kind: TriggerKind,
  category: Category,
  label: string,
  weight: number,
  more: { cameo?: string; outcome?: boolean; topic?: boolean; requires?: RegExp } = {},
): TriggerEntry {
  return { kind, category, label, weight, cameo: more.cameo, outcome: more.outcome, topic: more.topic, requires: more.requires };
}

interface RawEntry {
  category?: string;
  cameo?: string;
  label?: string;
  weight?: number;
  outcome?: boolean;
  topic?: boolean;
  requires?: string;
  /** Characters a Chinese '…' may span in this entry's words (20 unless given): 冻结…资产 spans a list of companies. */
  gap?: number;
  zh: string[];
  en: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A gap stays within a clause, and a copula ends it: 峰会是…首次举行的 describes the summit.
const gapOf = (n = 20) => `[^，。；！？,;.!?是]{0,${n}}?`;
// Words, not a clause: "U.S." and "short-range" are one word each, a comma ends the gap.
// A sum of money is a word too ("announced £45bn of unfunded tax cuts").
// Accented letters too: "charge Zúñiga with".
const EN_GAP = "\\s+(?:[A-Za-z0-9\u00C0-\u024F'’.$£€%-]+\\s+){0,3}?";

// Single characters that are verbs of saying only outside these words
// (名称, 据说, 小说, 说法…): checked on the character before and after.
const SINGLE_CHAR_GUARDS: Record<string, { before: string; after: string }> = {
  称: { before: '名简号堪职对俗昵统声宣', after: '为号作之呼赞职' },
  说: { before: '小据听虽再游演学传解', after: '法服书起客明' },
};

interface Compiled {
  zh: CharTrie<TriggerEntry>;
  /**
   * Lower-case English keys. A trie walk from each word start, not one regular
   * expression: an alternation of some 500 phrases under /i tried them at
   * every position and was the costliest line of English sentences.
   */
  en: CharTrie<TriggerEntry>;
  byZh: Map<string, TriggerEntry>;
  byEn: Map<string, TriggerEntry>;
  /** `first` is the literal before the gap: most texts lack it, and indexOf is cheap. */
  /** By the literal before the gap, run where it starts (as `enGaps`). */
  zhGaps: CharTrie<{ re: RegExp; entry: TriggerEntry }>;
  /** `first` is lower case, looked up in the lower-cased text. */
  /**
   * By their first word, which must start a word of the text: checking every
   * entry's first words against every English sentence was the lexicon's
   * costliest line once there were dozens of them.
   */
  enGaps: CharTrie<{ re: RegExp; entry: TriggerEntry }>;
}

function compile(): Compiled {
  const byZh = new Map<string, TriggerEntry>();
  const byEn = new Map<string, TriggerEntry>();
  const zhGaps: Compiled['zhGaps'] = new CharTrie();
  const enGaps: Compiled['enGaps'] = new CharTrie();
  const add = (raw: RawEntry, kind: TriggerKind, category: Category) => {
    const entry = triggerEntry(kind, category, raw.label ?? '', raw.weight ?? 1, {
      cameo: raw.cameo || undefined,
      outcome: raw.outcome ? true : undefined,
      topic: raw.topic === false ? false : undefined,
      requires: raw.requires ? new RegExp(raw.requires, 'i') : undefined,
    });
    for (const word of raw.zh) {
      if (word.includes('…')) {
        zhGaps.insert(word.split('…')[0]!, { re: new RegExp(word.split('…').map(escape).join(gapOf(raw.gap)), 'y'), entry });
      }
      // Keys meet folded text, which is lower case (a股).
      else if (!byZh.has(word.toLowerCase())) byZh.set(word.toLowerCase(), entry);
    }
    for (const word of raw.en) {
      if (word.includes('…')) {
        const parts = word.toLowerCase().split('…').map((p) => p.trim());
        // Sticky, run where its first word starts: the word start is its leading \\b.
        enGaps.insert(parts[0]!.split(' ')[0]!, { re: new RegExp(`${parts.map(escape).join(EN_GAP)}\\b`, 'y'), entry });
      }
      else if (!byEn.has(word.toLowerCase())) byEn.set(word.toLowerCase(), entry);
    }
  };
  for (const t of lexicon.triggers as RawEntry[]) add(t, 'event', t.category as Category);
  for (const s of lexicon.speech as RawEntry[]) add(s, 'speech', 'statement');
  add({ label: 'setting', weight: 0, zh: lexicon.settings.zh, en: lexicon.settings.en }, 'setting', 'statement');
  add({ label: 'blocked', weight: 0, zh: lexicon.blocked.zh, en: lexicon.blocked.en }, 'blocked', 'statement');
  const zh = new CharTrie<TriggerEntry>();
  for (const [word, entry] of byZh) zh.insert(word, entry);
  const en = new CharTrie<TriggerEntry>();
  for (const [word, entry] of byEn) en.insert(word, entry);
  return {
    zh,
    en,
    byZh,
    byEn,
    zhGaps,
    enGaps,
  };
}

const compiled = compile();
const UPPER_ASCII = /[A-Z]+/g;
/** `\w` of a regular expression. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Reused by findTriggers, which never runs inside itself. */
const hits = hitBuffer<TriggerEntry>();
const gapHits = hitBuffer<{ re: RegExp; entry: TriggerEntry }>();

/*
 * 他指確診數字…倍增: a bare 指 says something only right after a pronoun subject (他指, 她亦指, 他們指), and
 * never as the first character of a word (指挥, 指数, 指控, 指定, 手指 has no pronoun before it); 其他指标 is no "he".
 */
const POINTED_AFTER = '出控挥数标示引定派南责令纹甲头望导点向称明使名摘认正教针尖环';
const PRONOUN = '他她佢';
function pointedSaying(folded: string, start: number): boolean {
  const after = folded[start + 1];
  if (after !== undefined && POINTED_AFTER.includes(after)) return false;
  let at = start - 1;
  if (at > 0 && '亦又也并则更再还都'.includes(folded[at]!)) at--;
  if (folded[at] === '们') at--;
  const pronoun = folded[at];
  const before = folded[at - 1];
  return pronoun !== undefined && PRONOUN.includes(pronoun) && (before === undefined || !'其吉'.includes(before));
}

function guarded(folded: string, start: number, word: string): boolean {
  if (word === '指') return !pointedSaying(folded, start);
  const guard = SINGLE_CHAR_GUARDS[word];
  if (!guard) return false;
  return guard.before.includes(folded[start - 1] ?? '') || guard.after.includes(folded[start + 1] ?? '');
}

/**
 * Every trigger in `text`, in order, without overlaps: where two overlap,
 * the longer one wins (军事动荡 over 动荡, 维和人员 over 维和).
 */
export function findTriggers(text: string): TriggerMatch[] {
  const folded = foldText(text);
  const found: TriggerMatch[] = [];
  // Every match gets every field: one hidden class for all, whatever the checks below find.
  const push = (entry: TriggerEntry, start: number, end: number) =>
    found.push({ entry, text: text.slice(start, end), start, end, modifier: false, quoted: false });
  // Leftmost-longest, like a regular expression alternation, but one trie walk per position.
  for (let i = compiled.zh.nextStart(folded, 0); i < folded.length; i = compiled.zh.nextStart(folded, i + 1)) {
    const count = compiled.zh.hitsInto(folded, i, hits);
    if (count === 0) continue;
    const end = hits.ends[count - 1]!;
    if (end - i === 1 && guarded(folded, i, folded[i]!)) continue;
    push(hits.values[count - 1]![0]!, i, end);
    i = end - 1;
  }
  for (let i = compiled.zhGaps.nextStart(folded, 0); i < folded.length; i = compiled.zhGaps.nextStart(folded, i + 1)) {
    for (let h = compiled.zhGaps.hitsInto(folded, i, gapHits) - 1; h >= 0; h--) {
      for (const { re, entry } of gapHits.values[h]!) {
        re.lastIndex = i;
        const m = re.exec(folded);
        if (m) push(entry, i, i + m[0].length);
      }
    }
  }
  if (/[A-Za-z]{3}/.test(text)) {
    // ASCII only, so every index stays the text's: the keys are ASCII.
    const lower = text.replace(UPPER_ASCII, (run) => run.toLowerCase());
    for (let i = compiled.en.nextStart(lower, 0); i < lower.length; i = compiled.en.nextStart(lower, i + 1)) {
      if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
      // The longest key that ends at a word's end, as `\b(?:longest|…|shortest)\b` would take it.
      for (let h = compiled.en.hitsInto(lower, i, hits) - 1; h >= 0; h--) {
        const end = hits.ends[h]!;
        if (end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
        push(hits.values[h]![0]!, i, end);
        i = end - 1;
        break;
      }
    }
    for (let i = compiled.enGaps.nextStart(lower, 0); i < lower.length; i = compiled.enGaps.nextStart(lower, i + 1)) {
      if (i > 0 && isWordChar(lower.charCodeAt(i - 1))) continue;
      for (let h = compiled.enGaps.hitsInto(lower, i, gapHits) - 1; h >= 0; h--) {
        const end = gapHits.ends[h]!;
        if (end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
        for (const { re, entry } of gapHits.values[h]!) {
          re.lastIndex = i;
          const m = re.exec(lower);
          if (m) push(entry, i, i + m[0].length);
        }
      }
    }
  }
  const kept: TriggerMatch[] = [];
  const quoted = quotations(text);
  noteCues(folded);
  const yardstick = yardstickSpan(text);
  // Diplomacy words turned into settings ("during talks at the summit"), and any event framed by 在…后: restored when nothing else is left.
  let asSetting: TriggerMatch[] | undefined;
  // A court's declaration ("declared the arrest … unlawful") reaches to its verdict: what lies before that is what it ruled on.
  let ruledUntil = -1;
  for (const m of removeOverlaps(found)) {
    if (m.entry.kind === 'blocked' || partOfName(folded, m) || protestersAsObject(folded, m)) continue;
    if (m.entry.requires && !m.entry.requires.test(text)) continue;
    if (occupiedPlace(text, m) || seizedPeople(text, m) || releasedDocument(text, m)) continue;
    if (bareSaying(text, m) || countedCalls(folded, m) || fellToAmount(text, m) || negated(text, folded, m) || notSaying(folded, m)) continue;
    if (enabledOnly(text, m) || physicalTopple(text, m) || shotNoPerson(text, m) || suspendedThing(text, m) || crossingPassed(folded, m)) continue;
    const ruled = courtDeclared(text, m);
    if (ruled >= 0) {
      m.entry = RULING;
      ruledUntil = ruled;
    }
    else if (militaryStrike(text, m)) m.entry = AIR_STRIKE;
    else if (militaryAttack(text, m)) m.entry = USE_OF_FORCE;
    else if (armedStorming(text, m)) m.entry = ATTACK;
    else if (domesticMeeting(text, m)) m.entry = MEETING;
    else if (domesticVisit(text, folded, m)) m.entry = INSPECTION;
    else if (moneyWithdrawn(text, m)) m.entry = BANK_RUN;
    else if (naturalStrike(text, m) || struckObstacle(text, m)) m.entry = DISASTER;
    else if (deployedDevice(text, m)) m.entry = SEARCH;
    else if (homeMessage(text, m)) m.entry = STATEMENT;
    else if (proposedAtHome(text, m)) m.entry = STATEMENT;
    if (yardstick && m.start > yardstick.start && m.end <= yardstick.end && m.entry.kind === 'event') {
      m.entry = SETTING;
      kept.push(m);
      continue;
    }
    if (protestedSomething(text, m)) m.entry = DIPLOMATIC_PROTEST;
    // "-backed", "-led": part of a compound that describes someone.
    if (codeAt(text, m.start - 1) === 45 /* - */ && /[A-Za-z]/.test(charAt(text, m.start - 2))) continue;
    // "the quake-hit region", "flood-stricken towns": the first part of a compound describes a place.
    if (m.entry.kind === 'event' && codeAt(text, m.end) === 45 && COMPOUND_AFTER.test(text.slice(m.end, m.end + 10))) continue;
    const inQuote = quoted.find((q) => q.start <= m.start && m.end <= q.end);
    // 喊出“习近平下台”的口号: a chant is what people shouted, not what happened.
    if (inQuote && m.entry.kind !== 'speech' && isChant(folded, inQuote)) continue;
    if (inQuote || (m.entry.kind === 'event' && ((ruled < 0 && m.start < ruledUntil) || isTopic(folded, m)))) {
      if (isSetting(text, folded, m) || rallyVenue(text, m)) m.entry = SETTING;
      m.quoted = true;
      kept.push(m);
      continue;
    }
    const framed = inFrame(folded, m) || asClause(text, m);
    if (framed || isSetting(text, folded, m) || facingFrame(folded, m) || officeFrame(text, m) || rallyVenue(text, m)) {
      if (framed || m.entry.category === 'diplomacy') (asSetting ??= []).push({ ...m });
      m.entry = SETTING;
      kept.push(m);
      continue;
    }
    m.modifier = describesPeople(text, folded, m);
    kept.push(m);
  }
  // "raised Hong Kong … during talks at the G20 summit": with no other word of saying or doing,
  // the talks are what the sentence reports, not only where something else was said.
  if (asSetting && !kept.some((m) => m.entry.kind === 'event' || m.entry.kind === 'speech')) {
    const first = asSetting[0]!;
    const at = kept.findIndex((m) => m.start === first.start);
    if (at >= 0) kept[at] = first;
  }
  return kept;
}

/*
 * "attack at Trump rally", "was shot at a campaign rally": the rally is where the attack happened, no protest
 * (a cheap test of the word first: most triggers are no rally).
 */
const VIOLENCE_AT_BEFORE = /\b(?:attack|attacked|shooting|shot|assassination attempt|wounded|injured|killed|stabbing|stabbed|gunfire|shots)\b[^.;:]{0,12}\b(?:at|during)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w’'.-]+\s+){0,2}$/i;
function rallyVenue(text: string, m: TriggerMatch): boolean {
  if (m.entry.label !== 'protests' || !/^rall(?:y|ies)$/i.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 70), m.start);
  return VIOLENCE_AT_BEFORE.test(before) || RALLY_NO_PROTEST_BEFORE.test(before);
}
/*
 * "a campaign rally", "election rallies", and a rally named as where something else happened ("to protect them
 * at the rally", "during the rally"): a gathering that sets the scene, no protest of its own.
 */
const RALLY_NO_PROTEST_BEFORE = /\b(?:(?:campaign|election|re-election|electoral|political)\s+|(?:at|during)\s+(?:the|that|this)\s+)$/i;

const COMPOUND_AFTER = /^-(?:hit|stricken|affected|ravaged|damaged|prone|struck|battered|torn|weary|related)\b/i;

const SETTING: TriggerEntry = triggerEntry('setting', 'statement', 'setting', 0);

/** "the ministry protested the shootdown": a government's protest is criticism, like "lodged a protest". */
const DIPLOMATIC_PROTEST: TriggerEntry = (() => {
  const entry = compiled.byEn.get('lodged a protest');
  if (!entry) throw new Error('triggers.json lacks "lodged a protest"');
  return entry;
})();

const byEnglish = (word: string): TriggerEntry => {
  const entry = compiled.byEn.get(word);
  if (!entry) throw new Error(`triggers.json lacks "${word}"`);
  return entry;
};
/** "the strike two weeks ago on Iran's consulate": a strike from the air, not a walkout. */
const AIR_STRIKE = byEnglish('airstrike');
/** "a missile attack", "the army attacked": force used by a state, not unrest. */
const USE_OF_FORCE = byEnglish('fighting');
/** "Gunmen stormed a concert hall": an armed assault, not a protest. */
const ATTACK = byEnglish('attacked');
/** "Both houses are due to meet as a Congress": a body at home sitting, no diplomacy. */
export const MEETING = byEnglish('convened');
/** 前往灾害应变中心, "visited the hospital": a visit at home, no diplomacy. */
const INSPECTION = byEnglish('toured the');

/** "The Supreme Court declared the arrest unlawful": a court's ruling, no statement. */
const RULING = byEnglish('ruled');

/** "Customers tried to withdraw $42 billion": a run on a bank, no troops withdrawn. */
const BANK_RUN = byEnglish('bank run');

/** "The quake struck at 4:10 p.m.": a disaster, not force. */
const DISASTER = byEnglish('earthquake');

/** "a remotely operated vehicle deployed from the ship": a machine sent into a search, no troops. */
const SEARCH = byEnglish('search and rescue');

/** Deaths and injuries: for a toll's figure that stands without a word of its own (classify.ts). */
export const CASUALTY_ENTRY = byEnglish('killed');

/** The verb-of-saying entry, for a headline's "Name：…" form. */
export const STATEMENT: TriggerEntry = (() => {
  const entry = compiled.byZh.get('表示');
  if (!entry) throw new Error('triggers.json lacks 表示');
  return entry;
})();

function removeOverlaps(matches: TriggerMatch[]): TriggerMatch[] {
  const byLength = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TriggerMatch[] = [];
  for (const m of byLength) {
    if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
