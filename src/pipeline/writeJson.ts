/**
 * `JSON.stringify(value)` written to a file piece by piece. The timeline of
 * 10,000 articles is a string of a couple of hundred million characters (two
 * bytes each once it holds Chinese) plus its UTF-8 copy for the write: held
 * whole, they were a third of the extraction's peak memory. Written one item
 * of each top-level array at a time, only the objects themselves stay.
 *
 * The bytes are the same as `writeFileSync(path, JSON.stringify(value))`
 * for plain data: an object whose values are JSON values or arrays of them.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces are gathered up to about this many characters per write. */
const CHUNK = 1 << 20;
/** Array items per piece. */
const BATCH = 256;

export function writeJson(path: string, value: object): void {
  const fd = openSync(path, 'w');
  try {
    let pending = '';
    const write = (text: string) => {
      pending += text;
      if (pending.length >= CHUNK) {
        writeSync(fd, pending);
        pending = '';
      }
    };
    for (const piece of jsonPieces(value)) write(piece);
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** The JSON text of `value` in order, a batch of top-level array items per piece. */
export function* jsonPieces(value: object): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    const whole = Array.isArray(v) ? null : JSON.stringify(v);
    // JSON.stringify leaves out keys whose value has no JSON form (undefined, functions).
    if (!Array.isArray(v) && whole === undefined) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (whole !== null) {
      yield whole!;
      continue;
    }
    // A few hundred items per JSON.stringify: one call per item cost a fifth
    // more, and a batch stays small next to the objects themselves. Within an
    // array, stringify writes null for an item with no JSON form, as it would whole.
    const items = v as unknown[];
    yield '[';
    for (let i = 0; i < items.length; i += BATCH) yield `${i ? ',' : ''}${JSON.stringify(items.slice(i, i + BATCH)).slice(1, -1)}`;
    yield ']';
  }
  yield '}';
}
