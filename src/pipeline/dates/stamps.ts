/**
 * Live-blog time stamps: an entry that opens on a clock ("8:15pm local time
 * (00:15 GMT) Zúñiga has been arrested", "18:30 GMT Israel says …") is dated
 * by it. The day is not written, so it is the latest such moment on or before
 * the publication instant (a blog is updated up to the time it is read), and
 * the timeline wants the LOCAL day: the GMT in brackets fixes the instant, the
 * gap between the two clocks the local offset. A stamp in GMT alone is read in
 * GMT. A clock inside a sentence ("shortly after 1am local time (23:00 GMT on
 * Sunday)") is no stamp: only one that opens the sentence.
 */
import { utcDay } from './calendar.ts';
import type { DateExpr } from './expr.ts';

const DAY_MS = 86_400_000;

/** "11:50pm local time (03:50 GMT)", "8pm local time (00:00 GMT)", "18:30 GMT". */
const STAMP =
  /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?\s+(?:(local\s+time)\s*\((\d{1,2})[:.](\d{2})\s*(?:GMT|UTC)\)|(GMT|UTC)\b)/i;

const minutesOf = (h: string, m: string | undefined, ampm: string | undefined): number | null => {
  let hour = Number(h);
  const minute = m === undefined ? 0 : Number(m);
  if (minute > 59) return null;
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/^p/i.test(ampm) ? 12 : 0);
  } else if (hour > 23) return null;
  return hour * 60 + minute;
};

export interface Stamp {
  /** Where the stamp's own clock ends ("8:15pm local time", without the bracket). */
  end: number;
  /** The local day minus the publication day (UTC). */
  shift: number;
}

/** The time stamp a sentence opens on, dated against the publication instant; null when none. */
export function liveStamp(sentence: string, published: Date | null): Stamp | null {
  const c0 = sentence.charCodeAt(0);
  if (published === null || c0 < 48 || c0 > 57) return null;
  if (!sentence.includes('GMT') && !sentence.includes('UTC')) return null;
  const m = STAMP.exec(sentence);
  if (!m) return null;
  const local = minutesOf(m[1]!, m[2], m[3]);
  if (local === null) return null;
  let gmt = local;
  let end = m[0].length;
  if (m[4]) {
    const g = minutesOf(m[5]!, m[6], undefined);
    if (g === null) return null;
    gmt = g;
    end = m.index + m[0].indexOf(m[4]) + m[4].length;
  }
  // Local offset in minutes, between −12h and +14h.
  let offset = local - gmt;
  if (offset <= -12 * 60) offset += 24 * 60;
  if (offset > 14 * 60) offset -= 24 * 60;
  const pubMs = published.getTime();
  if (utcDay(published) === null) return null;
  // The latest GMT moment with that clock on or before publication.
  const dayStart = Math.floor(pubMs / DAY_MS) * DAY_MS;
  let instant = dayStart + gmt * 60_000;
  if (instant > pubMs) instant -= DAY_MS;
  const localDay = Math.floor((instant + offset * 60_000) / DAY_MS);
  return { end, shift: localDay - Math.floor(pubMs / DAY_MS) };
}

/** The stamp as a date expression: a day counted from publication. */
export function stampExpression(stamp: Stamp): DateExpr {
  return { start: 0, end: stamp.end, spec: { kind: 'shift', unit: 'day', n: stamp.shift }, ahead: false };
}
