/**
 * The day an article counts from is its outlet's, not UTC's: a Hong Kong
 * morning paper filed at 06:00 local (22:00 UTC the day before) means the
 * local day before by 昨日, and a US outlet filing at 21:00 UTC still writes
 * on the US day. Dates are resolved against the outlet's wall clock; outlets
 * not listed in data/outlets.json count in UTC, as before.
 */
import outletsJson from './data/outlets.json' with { type: 'json' };

const ZONES = new Map(Object.entries(outletsJson as Record<string, string>).filter(([site]) => !site.startsWith('_')));

/** The outlet's time zone from its article's address (a listed site or any subdomain of it); null when unknown. */
export function outletTimeZone(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (let site = host; site.includes('.'); site = site.slice(site.indexOf('.') + 1)) {
    const zone = ZONES.get(site);
    if (zone) return zone;
  }
  return null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as a wall clock in `timeZone`: a Date whose UTC fields read the
 * local date and time there (2024-03-19T22:00Z in Hong Kong: 2024-03-20T06:00Z).
 */
export function wallClock(instant: Date, timeZone: string): Date {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')));
}

/** What an article's dates count from: its publication on its outlet's clock, or in UTC when the outlet is unknown. */
export function articleClock(published: Date | null, url: string | null | undefined): Date | null {
  const zone = published ? outletTimeZone(url) : null;
  return published && zone ? wallClock(published, zone) : published;
}
