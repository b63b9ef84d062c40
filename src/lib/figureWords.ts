/**
 * How a count written as an order of magnitude (数十人, "hundreds of people")
 * is said in English. Shared by the pipeline's labels and the app's detail
 * view, so both say "dozens" for the same figure. Terse for the app's budget.
 */

/** "dozens" for 10 injured, "thousands of" for 1,000 troops: `value` is the order, 10 to 1,000,000. */
export function orderWords(value: number, what: string): string {
  const power = Math.round(Math.log10(value));
  const words = power > 5 ? 'millions' : power > 3 ? `${power > 4 ? 'hundreds' : 'tens'} of thousands` : ['a few', 'dozens', 'hundreds', 'thousands'][power]!;
  // Things counted by a noun (the pipeline's `what`) take "of": "thousands of troops", but "dozens injured".
  return /^(peacekeepers|troops|protesters)$/.test(what) ? `${words} of` : words;
}
