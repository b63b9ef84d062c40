/**
 * Orders strings by UTF-16 code units, the same on every machine.
 * `localeCompare` follows the machine's locale, so file names, dates and ids
 * sorted with it could come out in another order elsewhere, and a build on CI
 * would then differ from one on a laptop.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
