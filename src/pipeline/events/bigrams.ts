/**
 * How much two sentences share, in any script: the Dice coefficient over
 * their character pairs (UTF-16 code units, counted with multiplicity).
 *
 * A sentence's pairs are kept as one sorted array of numbers (first unit ×
 * 65536 + second), built once per sentence: comparing two is then a single
 * merge walk, with no string slicing or map lookups. The merge compares each
 * report with several others, so this is its inner loop.
 */

export interface BigramProfile {
  /** The sentence's length minus one, floored at 0: its number of pairs. */
  readonly count: number;
  /** Every pair's code, sorted ascending, repeats kept. */
  readonly codes: Uint32Array;
}

export function bigramProfile(text: string): BigramProfile {
  const count = Math.max(text.length - 1, 0);
  const codes = new Uint32Array(count);
  for (let i = 0; i < count; i++) codes[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  codes.sort();
  return { count, codes };
}

/** Pairs the two share, each counted as often as it occurs in both (the smaller count). */
function sharedPairs(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** 2 × shared pairs ÷ all pairs: 1 for the same sentence, 0 for nothing in common. */
export function dice(a: BigramProfile, b: BigramProfile): number {
  return (2 * sharedPairs(a.codes, b.codes)) / (a.count + b.count || 1);
}

/** Shared pairs ÷ the first's pairs: how much of `part` is found in `whole` (1 when all of it). */
export function containment(part: BigramProfile, whole: BigramProfile): number {
  return part.count ? sharedPairs(part.codes, whole.codes) / part.count : 0;
}
