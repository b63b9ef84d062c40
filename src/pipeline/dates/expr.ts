/**
 * What a date expression says, before it is resolved against a calendar.
 * The Chinese and English recognisers both produce these; `resolve.ts` turns
 * them into days.
 */
import type { TimexMod } from '../../lib/schema.ts';
import type { HolidayId } from './lexicon.ts';

/**
 * A year or month given outright, counted from publication, or "the same" as
 * the reference, moved by `shift` units ("the following month", "a year later").
 * `fallback`: with no reference, or with a cue ahead, counted from publication
 * instead (一年后: a year after the year named, else a year from now).
 */
export type FieldRef = { abs: number } | { rel: number } | { same: true; shift?: number; fallback?: boolean };

export type Part = Extract<TimexMod, 'START' | 'MID' | 'END'>;

/** The part of a period before publication, or after it. */
export type Side = 'earlier' | 'later';

export type DateSpec =
  /**
   * 2022年1月9日, 1月9日, 10日, 去年8月, 上个月, 2013年, 年底, 同年. `strict`:
   * English "last August" / "next August", which skip the current month.
   * `side`: of the month or year publication falls in, only the days before
   * or after it ("later this year"), like a week's. `weekday`: the day of
   * the week written with it ("Friday 28 October"), which picks the year.
   */
  | {
      kind: 'calendar'; year?: FieldRef; month?: FieldRef; day?: number; part?: Part; strict?: -1 | 1; side?: Side;
      weekday?: number;
    }
  /** 新年, 春节, 2021年圣诞节. */
  | { kind: 'holiday'; holiday: HolidayId; year?: FieldRef }
  /**
   * 上周三 (week −1), 周一 (week null: the nearest one), English "last
   * Tuesday" (strict −1: the latest one before publication day).
   */
  | {
      kind: 'weekday'; weekday: number; week: number | null; strict?: -1 | 1;
      /** "The following Monday" (1), "the previous Monday" (−1): counted from the reference day. */
      anchored?: -1 | 1;
    }
  /**
   * 上周, 本周, 下周末. `side`: only the days of it before publication
   * ("earlier this week", 本周早些时候) or after ("later this week").
   */
  /** `nearest`: "over the weekend", no week named: the last one begun by publication, or the coming one when ahead. */
  | { kind: 'week'; week: number; weekend?: boolean; side?: Side; nearest?: true }
  /** 今天, 昨天, 三天前 (unit day), 两周前 (unit week, approximate). */
  | { kind: 'shift'; unit: 'day' | 'week'; n: number }
  /**
   * 当天, 次日, 前一天: counted from the reference date. `fallbackShift`: days
   * from publication when there is none, if not `n` ("overnight" in a morning
   * report is the night before it). `sentenceOnly`: only a day said earlier in
   * the sentence anchors it, not one from an earlier sentence.
   */
  | { kind: 'anchor'; n: number; publicationFallback: boolean; fallbackShift?: number; sentenceOnly?: boolean; skip?: number };

/** An expression found in a sentence, with its offsets and how it stands in a range. */
export interface DateExpr {
  start: number;
  end: number;
  spec: DateSpec;
  /** Closed range end: a second spec, or publication day for 至今. */
  to?: DateSpec | 'now';
  /** "Since X" with no end written: the end is found when resolving. */
  open?: boolean;
  /**
   * An open range an earlier sentence's date may not end: English "have
   * fought … since 2014" still runs at publication. Only a simple past
   * ("was held since July 26", told of a stretch now over) lets it stop there.
   */
  runsOn?: boolean;
  mod?: TimexMod;
  /** Written as an end point: 直至X, 直到X, until X. It points ahead. */
  until?: boolean;
  /** A future cue governs this expression (将于, 预计, 直至, will…). */
  ahead: boolean;
  /**
   * "Will be sworn in later on Monday" when Monday is publication day: the
   * day is publication's, but the act is still to come on it. So is
   * "指挥部今天将继续举行…" (a cue right at the expression).
   */
  laterSameDay?: boolean;
  /**
   * A yearless day in a clause told in the present ("Slovaks vote in the
   * election on June 8", "…, who takes office June 15,"): a schedule. When its
   * latest occurrence is more than a month back, the coming one is meant.
   */
  schedule?: boolean;
}

/** A date expression as written, resolved or not (see `findDateExpressions`). */
export interface DateExpression {
  text: string;
  start: number;
  end: number;
  /** What it needs to be dated: nothing, the publication date, or an earlier date. */
  needs: 'nothing' | 'publication' | 'reference';
}
