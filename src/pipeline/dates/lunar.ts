/**
 * Gregorian dates of the lunar holidays, 2000–2040.
 *
 * A table, not a computation: `Intl`'s Chinese calendar (ICU) puts the 2027
 * New Year a day late and the 2030 one a day early, so it cannot be trusted at
 * run time. Values were taken from lunar-javascript 1.7.7 (Lunar.fromYmd →
 * getSolar) and agree with the published dates for every Spring Festival.
 * Each row: year, Spring Festival (正月初一), Dragon Boat (五月初五), Mid-Autumn
 * (八月十五), as MMDD. Eve (除夕) and Lantern Festival (元宵) follow from the
 * Spring Festival: one day before, fourteen days after.
 */
import { dayNumber } from './calendar.ts';

const TABLE = `
2000 0205 0606 0912|2001 0124 0625 1001|2002 0212 0615 0921|2003 0201 0604 0911
2004 0122 0622 0928|2005 0209 0611 0918|2006 0129 0531 1006|2007 0218 0619 0925
2008 0207 0608 0914|2009 0126 0528 1003|2010 0214 0616 0922|2011 0203 0606 0912
2012 0123 0623 0930|2013 0210 0612 0919|2014 0131 0602 0908|2015 0219 0620 0927
2016 0208 0609 0915|2017 0128 0530 1004|2018 0216 0618 0924|2019 0205 0607 0913
2020 0125 0625 1001|2021 0212 0614 0921|2022 0201 0603 0910|2023 0122 0622 0929
2024 0210 0610 0917|2025 0129 0531 1006|2026 0217 0619 0925|2027 0206 0609 0915
2028 0126 0528 1003|2029 0213 0616 0922|2030 0203 0605 0912|2031 0123 0624 1001
2032 0211 0612 0919|2033 0131 0601 0908|2034 0219 0620 0927|2035 0208 0610 0916
2036 0128 0530 1004|2037 0215 0618 0924|2038 0204 0607 0913|2039 0124 0527 1002
2040 0212 0614 0920`;

export type LunarHoliday = 'springFestival' | 'eve' | 'lantern' | 'dragonBoat' | 'midAutumn';

interface LunarYear {
  springFestival: number;
  dragonBoat: number;
  midAutumn: number;
}

const fromMmdd = (y: number, mmdd: string): number =>
  dayNumber(y, Number(mmdd.slice(0, 2)), Number(mmdd.slice(2, 4)));

const LUNAR_YEARS: ReadonlyMap<number, LunarYear> = new Map(
  TABLE.trim()
    .split(/[|\n]/)
    .map((row) => {
      const [year = '', spring = '', dragon = '', autumn = ''] = row.trim().split(' ');
      const y = Number(year);
      return [y, { springFestival: fromMmdd(y, spring), dragonBoat: fromMmdd(y, dragon), midAutumn: fromMmdd(y, autumn) }];
    }),
);

export const LUNAR_TABLE_YEARS = { first: 2000, last: 2040 } as const;

/**
 * Day number of a lunar holiday in Gregorian year y, or null outside the
 * table. 除夕 belongs to the Gregorian year of the Spring Festival it precedes.
 */
export function lunarHoliday(holiday: LunarHoliday, y: number): number | null {
  const row = LUNAR_YEARS.get(y);
  if (!row) return null;
  switch (holiday) {
    case 'springFestival':
      return row.springFestival;
    case 'eve':
      return row.springFestival - 1;
    case 'lantern':
      return row.springFestival + 14;
    case 'dragonBoat':
      return row.dragonBoat;
    case 'midAutumn':
      return row.midAutumn;
  }
}
