import { describe, expect, it } from 'vitest';
import { fuzzAddresses } from '../e2e/fuzzAddresses.ts';
import { CATEGORIES } from '../src/app/data/categories.ts';
import { formatUrl, parseUrl, type UrlState } from '../src/app/url/urlState.ts';

// The e2e fuzz (e2e/fuzz.spec.ts) opens a few hundred addresses in a browser;
// this runs the same generator through the address reader itself, thousands
// of times, checking what the app may rely on after reading any address.
const read = (address: string, base: string): UrlState => {
  const u = new URL(`http://host${address}`);
  return parseUrl({ pathname: u.pathname, search: u.search, hash: u.hash }, base);
};

const ordered = (cats: UrlState['categories']) => (cats ? CATEGORIES.filter((c) => cats.includes(c)) : null);

describe('parseUrl on generated hostile addresses', () => {
  const addresses = [1, 2, 3].flatMap((seed) => fuzzAddresses(seed, 1500, ['abc123', 'v1x5vno3fr']));

  it.each(['/', '/sub/'])('never throws, and gives only well-formed state (base %s)', (base) => {
    for (const raw of addresses) {
      const address = base === '/' ? raw : `/sub${raw}`;
      const s = read(address, base);
      const where = `address ${JSON.stringify(address.slice(0, 200))}`;
      expect(s.event === null || /^[a-z0-9]{1,64}$/.test(s.event), where).toBe(true);
      expect(s.event !== null && s.badEvent, where).toBe(false);
      if (s.window) {
        expect(s.window.every(Number.isFinite) && s.window[1] > s.window[0], where).toBe(true);
        expect(Math.abs(s.window[0]) < 8.64e15 && Math.abs(s.window[1]) < 8.64e15, where).toBe(true);
      }
      expect((s.categories ?? []).every((c) => (CATEGORIES as readonly string[]).includes(c)), where).toBe(true);
      expect(new Set(s.categories ?? []).size, where).toBe((s.categories ?? []).length);
      expect(s.query.length <= 200 && !/[\u0000-\u001f\u007f]/.test(s.query), where).toBe(true);
    }
  });

  it('writes back an address that reads as the same state', () => {
    for (const address of addresses) {
      const s = read(address, '/');
      const again = read(formatUrl(s, '/'), '/');
      // Categories are a set (written in legend order); a blank search is no search.
      const canonical = { ...s, badEvent: false, query: s.query.trim() ? s.query : '', categories: ordered(s.categories) };
      expect({ ...again, categories: ordered(again.categories) }, `address ${JSON.stringify(address.slice(0, 200))}`).toEqual(canonical);
    }
  });
});
