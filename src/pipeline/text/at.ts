/**
 * A string's character or code unit at an index that may lie outside it, as
 * the scanners look one or two characters before or after a match: '' or -1
 * there.
 *
 * Why not `s.charAt(i)` or `s.charCodeAt(i)`: they give '' and NaN outside the
 * string too, but compiled code reads a string without a bounds check until an
 * index first falls outside; then V8 throws the compiled function away, with
 * everything inlined into it, and compiles it again (a tenth of a second or
 * more for the big ones). Testing the index here keeps that from happening at
 * a sentence's first or last character. -1, not NaN, so callers comparing
 * code units keep comparing small integers.
 */
export const charAt = (s: string, i: number): string => (i >= 0 && i < s.length ? s[i]! : '');

export const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : -1);
