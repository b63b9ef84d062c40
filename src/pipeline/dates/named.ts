/**
 * Regular expressions written with named groups but run with numbered ones.
 *
 * `match.groups` makes V8 build a fresh object holding every group name on
 * each match; with the fifty-odd names of the date patterns that cost more
 * than the matching itself. The source keeps its names for readability;
 * this turns them into plain groups once and remembers their numbers.
 */

export interface CompiledPattern {
  regex: RegExp;
  /** Group name → group number. */
  groups: Readonly<Record<string, number>>;
}

export function compileNamed(source: string, flags: string): CompiledPattern {
  const groups: Record<string, number> = {};
  let out = '';
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      inClass = ch !== ']';
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === '(') {
      const named = /^\?<([A-Za-z][A-Za-z0-9]*)>/.exec(source.slice(i + 1));
      if (named) {
        groups[named[1]!] = ++count;
        out += '(';
        i += named[0].length;
        continue;
      }
      if (source[i + 1] !== '?') count++;
    }
    out += ch;
  }
  const numbered = out.replace(/\\k<([A-Za-z][A-Za-z0-9]*)>/g, (_, name: string) => `\\${groups[name]}`);
  return { regex: new RegExp(numbered, flags), groups };
}

/** The named captures of a match, as a lookup that allocates nothing per name. */
export function capture(match: RegExpExecArray, groups: Readonly<Record<string, number>>): (name: string) => string | undefined {
  return (name) => match[groups[name]!];
}
