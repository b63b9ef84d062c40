/**
 * Role titles written before a name: 外长某某, 国务委员兼外长某某,
 * 国务院发言人某某, Foreign Minister Jane Doe.
 * Looked up in folded text (see fold.ts), so traditional titles (外長) match too.
 */
import type { ActorRole } from '../../lib/schema.ts';
import { foldText } from '../text/fold.ts';
import { roles, type RoleEntry } from './gazetteer.ts';
import { CharTrie } from '../text/trie.ts';
import { charAt, codeAt } from '../text/at.ts';

export interface RoleHit {
  role: ActorRole;
  /** Where the title starts in the text (a 兼/and compound starts at its first part). */
  start: number;
  end: number;
}

interface Keyed {
  entry: RoleEntry;
  /** English spellings carry the English gloss they stand for. */
  latin: boolean;
}

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c > 0xbf && c < 0x2000 && c !== 0xd7 && c !== 0xf7);

/** Characters before 前 that make it "ago/before" rather than "former" (日前, 此前, 目前). */
const NOT_FORMER = new Set('日此目之以当提眼面空事生战先从年'.split(''));

/**
 * A variant's words, folded once: folding them on every lookup also pushed
 * the sentence out of foldText's one-text memo, and the trigger search that
 * follows had to fold the whole sentence again.
 */
const foldedAfterWords = new WeakMap<object, string[]>();
function foldedAfter(variant: { after: string[] }): string[] {
  let words = foldedAfterWords.get(variant);
  if (!words) foldedAfterWords.set(variant, (words = variant.after.map(foldText)));
  return words;
}

/** Lower-case words before an English title that make it another office (longest first). */
const LATIN_MODIFIERS: [string, string, string][] = [
  ['first deputy ', '第一副', 'First Deputy'],
  ['deputy ', '副', 'Deputy'],
  ['vice ', '副', 'Vice'],
  ['acting ', '代理', 'Acting'],
  ['interim ', '临时', 'Interim'],
  ['former ', '前', 'Former'],
];

const reverse = (s: string) => s.split('').reverse().join('');

export class RoleLexicon {
  /** Reversed keys: walk back from a name's start. Latin keys end with the space before the name. */
  private readonly backward = new CharTrie<Keyed>();
  /** Forward keys, for finding titles that may introduce an unknown name. */
  private readonly forward = new CharTrie<Keyed>();
  private readonly byZh = new Map<string, RoleEntry>();
  /** Whether some Chinese key starts with a letter or digit (none does in roles.json; see titlesIn). */
  private readonly zhStartsInWords: boolean = false;

  constructor(entries: RoleEntry[]) {
    for (const entry of entries) {
      const zh = foldText(entry.zh);
      if (isWordChar(zh.charCodeAt(0))) this.zhStartsInWords = true;
      this.byZh.set(zh, entry);
      this.backward.insert(reverse(zh), { entry, latin: false });
      this.forward.insert(zh, { entry, latin: false });
      for (const latin of entry.latin ?? []) {
        const key = foldText(latin);
        this.backward.insert(reverse(key + ' '), { entry, latin: true });
        this.forward.insert(key, { entry, latin: true });
      }
    }
  }

  /** The lexicon entry for a title as written (外長 finds 外长). */
  lookup(title: string): RoleEntry | undefined {
    return this.byZh.get(foldText(title));
  }

  /**
   * The title written right before `nameStart` in folded text, if any:
   * longest title, its reading after a country (美 + 国务院发言人), 兼/and
   * compounds, and 前 (former).
   */
  roleBefore(folded: string, nameStart: number): RoleHit | null {
    const last = this.titleEndingAt(folded, nameStart);
    if (!last) return null;
    let hit = last;
    // 副总理兼外长, Deputy Prime Minister and Foreign Minister.
    for (;;) {
      // Latin titles are keyed with the space after them: keep the one before "and".
      const joiner = charAt(folded, hit.start - 1) === '兼' ? 1 : folded.endsWith(' and ', hit.start) ? 4 : 0;
      if (!joiner) break;
      const first = this.titleEndingAt(folded, hit.start - joiner);
      if (!first) break;
      hit = {
        start: first.start,
        end: hit.end,
        role: { zh: `${first.role.zh}兼${hit.role.zh}`, en: `${first.role.en} and ${hit.role.en}` },
      };
    }
    // deputy defence minister: English writes the modifier as a word of its own, which no entry needs to list.
    if (codeAt(folded, hit.end - 1) === 32 && codeAt(folded, hit.start - 1) === 32) {
      for (const [word, zh, en] of LATIN_MODIFIERS) {
        if (!folded.endsWith(word, hit.start) || isWordChar(codeAt(folded, hit.start - word.length - 1))) continue;
        hit = { start: hit.start - word.length, end: hit.end, role: { zh: `${zh}${hit.role.zh}`, en: `${en} ${hit.role.en}` } };
        break;
      }
    }
    if (charAt(folded, hit.start - 1) === '前' && !NOT_FORMER.has(charAt(folded, hit.start - 2))) {
      hit = { start: hit.start - 1, end: hit.end, role: { zh: `前${hit.role.zh}`, en: `Former ${hit.role.en}` } };
    }
    return hit;
  }

  /** Titles in a folded text, left to right, longest at each place, not overlapping. */
  titlesIn(folded: string): RoleHit[] {
    const found: RoleHit[] = [];
    for (let i = this.forward.nextStart(folded, 0); i < folded.length; i = this.forward.nextStart(folded, i)) {
      // Inside a Latin word no title starts: a key that starts with a letter is a Latin one, which must start a
      // word (latinBounded). English text has a key's first letter almost everywhere; this spares the walks.
      if (i > 0 && !this.zhStartsInWords && isWordChar(folded.charCodeAt(i)) && isWordChar(folded.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      const hits = this.forward.hitsAt(folded, i);
      let taken = false;
      for (let h = hits.length - 1; h >= 0 && !taken; h--) {
        const { at: end, values } = hits[h]!;
        for (const keyed of values) {
          if (keyed.latin && !this.latinBounded(folded, i, end)) continue;
          found.push({ start: i, end, role: this.reading(keyed, folded, i) });
          i = end;
          taken = true;
          break;
        }
      }
      if (!taken) i++;
    }
    return found;
  }

  /** Does a title start at `pos`? */
  titleStartsAt(folded: string, pos: number): boolean {
    return this.forward.hitsAt(folded, pos).length > 0;
  }

  private titleEndingAt(folded: string, end: number): RoleHit | null {
    const hits = this.backward.hitsEndingAt(folded, end);
    for (let h = hits.length - 1; h >= 0; h--) {
      const { at: start, values } = hits[h]!;
      for (const keyed of values) {
        if (keyed.latin && start > 0 && isWordChar(folded.charCodeAt(start - 1))) continue;
        return { start, end, role: this.reading(keyed, folded, start) };
      }
    }
    return null;
  }

  private latinBounded(folded: string, start: number, end: number): boolean {
    return !(start > 0 && isWordChar(folded.charCodeAt(start - 1))) && !isWordChar(folded.charCodeAt(end));
  }

  /** The English gloss, as the words before the title decide it (中国 + 总理 = Premier). */
  private reading(keyed: Keyed, folded: string, start: number): ActorRole {
    const { entry } = keyed;
    const variant = entry.variants?.find((v) => foldedAfter(v).some((a) => folded.endsWith(a, start)));
    return { zh: variant?.zh ?? entry.zh, en: variant?.en ?? entry.en };
  }
}

/** The role lexicon built from `roles.json`. */
export const roleLexicon = new RoleLexicon(roles);
