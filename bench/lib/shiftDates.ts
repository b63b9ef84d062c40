/**
 * Moves the date expressions of a Chinese news text by a whole number of
 * days, so a recombined paragraph still agrees with its new publication date.
 * Handles what the seed-format articles use: full dates (2022 年 1 月 9 日),
 * year-months (2021年8月), month-days (1月9日), years (2013年), bare days
 * (10日, read as the latest such day on or before publication, as news does),
 * and the MMDDYYYY timestamps in RFA article URLs.
 * Relative expressions (去年8月, 昨天) stay as written: they move by themselves.
 */

const DAY_MS = 86_400_000;

const EXPRESSION = new RegExp(
  [
    String.raw`(?<fy>(?<!\d)\d{4})(?<fs1>\s*)年(?<fs2>\s*)(?<fm>\d{1,2})(?<fs3>\s*)月(?<fs4>\s*)(?<fd>\d{1,2})(?<fs5>\s*)日`,
    String.raw`(?<ymy>(?<!\d)\d{4})(?<ys1>\s*)年(?<ys2>\s*)(?<ymm>\d{1,2})(?<ys3>\s*)月`,
    String.raw`(?<mdm>(?<!\d)\d{1,2})(?<ms1>\s*)月(?<ms2>\s*)(?<mdd>\d{1,2})(?<ms3>\s*)日`,
    String.raw`(?<yy>(?<!\d)\d{4})(?<yys>\s*)年`,
    String.raw`(?<dd>(?<![\d月])\d{1,2})(?<ds>\s*)日`,
  ].join('|'),
  'g',
);

/** RFA article URLs end in -MMDDYYYYhhmmss(.ms).html. */
const URL_STAMP = /-(\d{2})(\d{2})(\d{4})(\d{4,9})\.html/g;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The latest date with this month and day on or before `published`. */
function resolveMonthDay(month: number, day: number, published: Date): Date {
  const year = published.getUTCFullYear();
  const candidate = utc(year, month, day);
  return candidate.getTime() <= published.getTime() + DAY_MS - 1 ? candidate : utc(year - 1, month, day);
}

/** The latest date with this day of the month on or before `published`. */
function resolveDay(day: number, published: Date): Date {
  const y = published.getUTCFullYear();
  const m = published.getUTCMonth() + 1;
  return day <= published.getUTCDate() ? utc(y, m, day) : utc(y, m - 1, day);
}

export interface Shift {
  /** Publication date of the text being rewritten. */
  published: Date;
  /** Whole days to move every date by. */
  days: number;
}

export function shiftDateExpressions(text: string, { published, days }: Shift): string {
  const years = addDays(published, days).getUTCFullYear() - published.getUTCFullYear();
  return text.replace(EXPRESSION, (whole, ...args) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    const n = (key: string) => Number(g[key]);
    const s = (key: string) => g[key] ?? '';
    if (g.fy) {
      const d = addDays(utc(n('fy'), n('fm'), n('fd')), days);
      return `${d.getUTCFullYear()}${s('fs1')}年${s('fs2')}${d.getUTCMonth() + 1}${s('fs3')}月${s('fs4')}${d.getUTCDate()}${s('fs5')}日`;
    }
    if (g.ymy) {
      const d = addDays(utc(n('ymy'), n('ymm'), 15), days);
      return `${d.getUTCFullYear()}${s('ys1')}年${s('ys2')}${d.getUTCMonth() + 1}${s('ys3')}月`;
    }
    if (g.mdm) {
      if (n('mdm') < 1 || n('mdm') > 12 || n('mdd') < 1 || n('mdd') > 31) return whole;
      const d = addDays(resolveMonthDay(n('mdm'), n('mdd'), published), days);
      return `${d.getUTCMonth() + 1}${s('ms1')}月${s('ms2')}${d.getUTCDate()}${s('ms3')}日`;
    }
    if (g.yy) return `${n('yy') + years}${s('yys')}年`;
    if (g.dd) {
      if (n('dd') < 1 || n('dd') > 31) return whole;
      return `${addDays(resolveDay(n('dd'), published), days).getUTCDate()}${s('ds')}日`;
    }
    return whole;
  });
}

export function shiftUrlStamps(text: string, days: number): string {
  return text.replace(URL_STAMP, (whole, mm: string, dd: string, yyyy: string, time: string) => {
    const d = addDays(utc(Number(yyyy), Number(mm), Number(dd)), days);
    if (Number.isNaN(d.getTime())) return whole;
    return `-${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${d.getUTCFullYear()}${time}.html`;
  });
}

/** `MMDDYYYYhhmmss` of an instant, as RFA writes it in article URLs. */
export function urlStamp(date: Date): string {
  return (
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    date.getUTCFullYear() +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/** Whole days from `from` to `to` (UTC calendar days). */
export function daysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((day(to) - day(from)) / DAY_MS);
}
