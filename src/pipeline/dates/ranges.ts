/**
 * Chinese range syntax around composed expressions:
 * - closed: 1月2日至5日, 2日到5日, 从1月2日到5日, 2021年8月—10月;
 * - up to now: 自2013年至今, 2013年以来迄今;
 * - open ("since X", end found when resolving): 自新年起, 从10日开始, 2013年以来, 10日起,
 *   and 以来 a few words on: 自2014年占领运动以来 (the words stay out of the expression);
 * - an open range closed later in the sentence: 自新年起…至10日;
 * - an end point alone: 直至10日, or 至/到 right after a verb of holding or
 *   delaying (羁押至15日, 推迟到下月; see ZH_UNTIL_VERBS). Only 至/到 is part
 *   of the expression; the verb stays in the clause.
 * A bare 从X (从10日的会议看) is not a range, and neither is a bare 自X:
 * in 自去年8月首都落入叛军手中，邻国面临… the date belongs to the fall of
 * the capital (a point); "since" governs the clause after it. Only 起/开始/以来/至今
 * make the date the start of a span.
 */
import type { DateExpr } from './expr.ts';
import type { Unit } from './compose.ts';
import { ZH_UNTIL_VERBS } from './lexicon.ts';

// 昨天上午6時至今天上午6時: a clock time may close the first end (a daily report's 24 hours).
// 从7月29日20时持续至8月2日7时: a verb of lasting may stand before 至 (the stretch is the same).
const CONNECTOR = /^[ \t\u00a0\u3000]*(?:(?:上午|下午|凌晨|早上|中午|傍晚|晚上|晚间|晚間)?[0-9]{1,2}[时時点點](?:[0-9]{1,2}分|半)?)?[ \t\u00a0\u3000]*(?:(?:一直)?(?:持续|持續|延续|延續)(?=[至到])|一直(?=[至到]))?(?:至|到|~|～|-|－|—|–|−)[ \t\u00a0\u3000]*$/;
/** 自 but not 来自/各自/亲自/独自/擅自; 从 but not 服从/跟从/顺从/听从/盲从/自从 (taken whole). */
const OPEN_PREFIX = /(?:自从|(?<![来各亲独擅暗源])自|(?<![服跟顺听盲无])从|(?<![理自缘来经原])由)[ \t\u00a0\u3000]*$/;
/**
 * After a prefix 起 is always "from"; alone it must not start another word (10日起飞, 起诉).
 * A notice may say the first day counts: 自8月24日（含）起.
 */
const SUFFIX_WITH_PREFIX = /^[ \t\u00a0\u3000]*(?:[（(]含[）)])?(?:起|开始|以来)/;
const SUFFIX_ALONE = /^[ \t\u00a0\u3000]*(?:[（(]含[）)])?(?:以来|起(?![飞义诉草床火步航身跑源因码初见爆来价]))/;
/**
 * 以来 a few words on, the words naming what happened then: 自2014年占领运动以来,
 * 是1997年回归以来 ("since the 2014 Occupy movement"). Punctuation ends the
 * frame; so do a verb of saying or a new 自/从 (他10日说自独立以来: the 10th is
 * when he spoke, 以来 belongs to 独立).
 */
const SINCE_LATER = /^[^，,。；;：:！!？?、“”‘’「」『』（）()《》 \t\u00a0\u3000]{1,8}?以来/;
const SINCE_BREAK = /[自从]|表示|说|称|指出|强调|宣布|透露/;
const UP_TO_NOW = /^[ \t\u00a0\u3000]*(?:至今|迄今)(?:为止)?/;
const CLOSER = /(?:至|到|直至|直到)[ \t\u00a0\u3000]*$/;
const UNTIL = new RegExp(`(?:直至|直到|(?<=(?:${ZH_UNTIL_VERBS.join('|')}))(?:至|到))[ \\t\\u00a0\\u3000]*$`);

/**
 * Whether an open range still runs at publication, so an earlier sentence's
 * date may not end it (DateExpr.runsOn): Chinese has no tense, so the clause
 * right after the range tells. 已/仍/一直/持续 say it still runs; a 了 or 曾
 * with none of those tells of a stretch over by the date last given
 * (自月初起发生了骚乱); with neither, a state in the present runs on
 * (自9月21日起大规模限制互联网).
 */
const STILL_RUNNING = /已|仍|一直|持续|至今|迄今|正在|还在/;
const OVER = /(?<![为除罢])了(?![解不])|曾(?![孙祖])/;
const CLAUSE_AFTER = /^[，,\s]*([^，,。；;！!？?：:]{0,30})/;

function runsOnAfter(text: string, end: number): boolean {
  const clause = CLAUSE_AFTER.exec(text.slice(end, end + 40))?.[1] ?? '';
  return STILL_RUNNING.test(clause) || !OVER.test(clause);
}

/**
 * 是2018年山竹以来首次, 创2020年7月以来最大单日涨幅: X以来 before a first or a
 * record is a yardstick the event is measured against, not when it happened
 * nor a stretch it ran over.
 */
const YARDSTICK =
  /^[ \t\u00a0\u3000]*(?:的)?[^，,。；;：:！!？?、“”‘’「」『』（）()《》]{0,12}?(?:首次|首度|首个|首位|首例|第一次|最(?![终后初近])|新高|新低|之最)/;
/** What 以来 may be followed by before the first or the record (以来土耳其遭遇的最严重灾难), plus the mark itself. */
const YARDSTICK_WINDOW = 18;
/** 这是自…以来: "this is the … since X" always measures against X, however far on 以来 comes. */
const THIS_IS = /(?:这|此|那)(?:也|将|又|已|再次)?(?:是|为)[ \t\u00a0\u3000]*$/;
const SINCE_FAR = /^[^，,。；;：:！!？?、“”‘’「」『』（）()《》]{0,14}?以来/;

const PEEK = 6;
/** 以来 may follow up to 8 characters on (SINCE_LATER), plus its own two. */
const SINCE_WINDOW = 10;

function prefixOf(text: string, start: number): RegExpExecArray | null {
  return OPEN_PREFIX.exec(text.slice(Math.max(0, start - PEEK), start));
}


function closedRange(first: Unit, second: Unit, text: string): DateExpr | null {
  if (!CONNECTOR.test(text.slice(first.end, second.start))) return null;
  const prefix = prefixOf(text, first.start);
  const start = prefix ? first.start - prefix[0].length : first.start;
  return { start, end: second.end, spec: first.spec, to: second.spec, ahead: false };
}

/** Whether 以来 follows the unit a few words on, before the next date (`limit`). */
function sinceLater(unit: Unit, text: string, limit: number): number | null {
  if (unit.spec.kind === 'shift' || unit.spec.kind === 'anchor') return null;
  const match = SINCE_LATER.exec(text.slice(unit.end, Math.min(limit, unit.end + SINCE_WINDOW)));
  return match !== null && !SINCE_BREAK.test(match[0].slice(0, -2)) ? unit.end + match[0].length : null;
}

/** Whether what follows 以来 (ending at `at`) makes it a yardstick. */
const yardstick = (text: string, at: number): boolean => YARDSTICK.test(text.slice(at, at + YARDSTICK_WINDOW));

/** 这是(自)X…以来: 这是 right before the date or its 自/从 (`from`), 以来 on in the same clause. */
const thisIsSince = (text: string, from: number, end: number): boolean =>
  THIS_IS.test(text.slice(Math.max(0, from - 5), from)) && SINCE_FAR.test(text.slice(end, end + 16));

/** The unit as a date, an open or closed range, or null for a yardstick (X以来首次). */
function singleOrOpen(unit: Unit, text: string, limit: number): DateExpr | null {
  const draft: DateExpr = { start: unit.start, end: unit.end, spec: unit.spec, ahead: false };
  if (unit.mod) draft.mod = unit.mod;
  const prefix = prefixOf(text, unit.start);
  if (thisIsSince(text, unit.start - (prefix?.[0].length ?? 0), unit.end)) return null;
  const rest = text.slice(unit.end, unit.end + PEEK);
  const now = UP_TO_NOW.exec(rest);
  const suffix = prefix ? SUFFIX_WITH_PREFIX.exec(rest) : SUFFIX_ALONE.exec(rest);
  let sinceEnd: number | null;
  if (now) {
    draft.start -= prefix?.[0].length ?? 0;
    draft.end += now[0].length;
    draft.to = 'now';
  } else if (suffix) {
    if (suffix[0].endsWith('以来') && yardstick(text, unit.end + suffix[0].length)) return null;
    draft.start -= prefix?.[0].length ?? 0;
    draft.end += suffix?.[0].length ?? 0;
    draft.open = true;
    if (runsOnAfter(text, draft.end)) draft.runsOn = true;
  } else if (!unit.mod && (sinceEnd = sinceLater(unit, text, limit)) !== null) {
    if (yardstick(text, sinceEnd)) return null;
    // The words between stay out of the expression: they are the event's own (占领运动), not the date's.
    draft.start -= prefix?.[0].length ?? 0;
    draft.open = true;
  } else {
    const until = UNTIL.exec(text.slice(Math.max(0, unit.start - PEEK), unit.start));
    if (until) {
      draft.start -= until[0].length;
      draft.until = true;
    }
  }
  return draft;
}

/** Composed units → expressions with their range structure, in sentence order. */
export function findRanges(units: readonly Unit[], text: string): DateExpr[] {
  const drafts: DateExpr[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    const range = next ? closedRange(unit, next, text) : null;
    if (range) {
      drafts.push(range);
      i++;
      continue;
    }
    const draft = singleOrOpen(unit, text, next?.start ?? text.length);
    if (!draft) continue;
    const open = drafts[drafts.length - 1];
    if (open?.open && !draft.open && !draft.to && CLOSER.test(text.slice(Math.max(0, unit.start - PEEK), unit.start))) {
      open.open = false;
      open.to = unit.spec;
      open.end = unit.end;
      continue;
    }
    drafts.push(draft);
  }
  return drafts;
}
