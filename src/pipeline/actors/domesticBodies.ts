/**
 * "The Senate passed legislation … negotiated by President Joe Biden and House Speaker Kevin
 * McCarthy", "The House approved the package": in an article about one country, "the Senate"
 * and "the House" are that country's chambers, as the gazetteer lists them (`domestic`).
 * "the Senate of …", "the House of Commons" name other bodies.
 */
import type { ActorMention } from '../types.ts';

/** A form that names a body only in an article about its country ("Senate", after "the"). */
export interface DomesticForm {
  form: string;
  actorId: string;
  country: string;
}

/**
 * `mentions` plus the domestic bodies `text` names, in order. `home` gives the article's
 * country (asked at most once, and only when a form is written with "the").
 */
export function withDomesticBodies(text: string, mentions: ActorMention[], forms: readonly DomesticForm[], home: () => string | null): ActorMention[] {
  let country: string | null | undefined;
  const added: ActorMention[] = [];
  for (const domestic of forms) {
    for (let at = text.indexOf(domestic.form); at >= 0; at = text.indexOf(domestic.form, at + 1)) {
      const start = at - 4;
      const end = at + domestic.form.length;
      if (start < 0 || !/^[Tt]he $/.test(text.slice(start, at)) || (start > 0 && /[\p{L}\d]/u.test(text.charAt(start - 1)))) continue;
      if (/^[\p{L}\d]/u.test(text.slice(end, end + 1)) || text.startsWith(' of ', end)) continue;
      if ([...mentions, ...added].some((m) => m.start < end && start < m.end)) continue;
      if (country === undefined) country = home();
      if (country !== domestic.country) break;
      added.push({ actorId: domestic.actorId, text: text.slice(start, end), start, end });
    }
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

/** The country most of these actors belong to; null on a tie or with fewer than two. */
export function homeCountryOf(ids: Iterable<string>, countryOf: (id: string) => string | null): string | null {
  const tally = new Map<string, number>();
  for (const id of ids) {
    const country = countryOf(id);
    if (country) tally.set(country, (tally.get(country) ?? 0) + 1);
  }
  let best: string | null = null;
  let top = 0;
  let tie = false;
  for (const [country, n] of tally) {
    if (n > top) [best, top, tie] = [country, n, false];
    else if (n === top) tie = true;
  }
  return top >= 2 && !tie ? best : null;
}
