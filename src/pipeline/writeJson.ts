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

/** The JSON text of `value` in order, one top-level array item per piece. */
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
    yield '[';
    // …and writes null for an array item that has none.
    for (let i = 0; i < (v as unknown[]).length; i++) yield `${i ? ',' : ''}${JSON.stringify((v as unknown[])[i]) ?? 'null'}`;
    yield ']';
  }
  yield '}';
}
