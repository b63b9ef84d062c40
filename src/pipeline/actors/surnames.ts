/**
 * English news names a person in full once, then by surname alone: "Chinese
 * Foreign Minister Wang Yi … Wang also spoke with…", "analyst Daniyar
 * Seitkali … Seitkali said". A bare surname means the person of this article
 * who bears it; one borne by two of them means no one.
 */
import type { Actor } from '../../lib/schema.ts';
import type { ActorMention } from '../types.ts';
import { isChineseName, pinyinName } from './names.ts';
import { hasHan } from '../text/han.ts';

export class SurnameMemory {
  /** Surname → actor id, or null when two people of the article share it. */
  private readonly known = new Map<string, string | null>();

  remember(actor: Actor | undefined): void {
    if (actor?.kind !== 'person') return;
    this.rememberSurname(actor.id, surnameOf(actor));
  }

  /** The same for a person known by id and names only (the registry's own records). */
  rememberNames(id: string, en: string, zhHans: string | undefined): void {
    const key = `${en}\u0000${zhHans ?? ''}`;
    let surname = surnamesByName.get(key);
    if (surname === undefined) surnamesByName.set(key, (surname = surnameFromNames({ names: { en, 'zh-Hans': zhHans } })));
    this.rememberSurname(id, surname);
  }

  private rememberSurname(id: string, surname: string | null): void {
    if (!surname) return;
    const owner = this.known.get(surname);
    this.known.set(surname, owner === undefined || owner === id ? id : null);
  }

  /** `mentions` plus the surnames standing alone in an English sentence, in order. */
  complete(sentence: string, mentions: ActorMention[]): ActorMention[] {
    if (!this.known.size) return mentions;
    const words = capitalisedWords(sentence);
    if (!words.length) return mentions;
    const added: ActorMention[] = [];
    for (const { text, start } of words) {
      const id = this.known.get(text);
      const end = start + text.length;
      if (!id || mentions.some((x) => x.start < end && start < x.end) || namesCompany(sentence, end)) continue;
      added.push({ actorId: id, text, start, end });
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
  }
}

/**
 * The capitalised words of an English sentence (none for one with Chinese
 * characters), in order. The article's memory and the registry's both look
 * for surnames in each sentence, one right after the other: the last
 * sentence's words are kept for the second. Read them, never change them.
 */
export function capitalisedWords(sentence: string): readonly { text: string; start: number }[] {
  if (sentence === lastSentence) return lastWords;
  const words: { text: string; start: number }[] = [];
  if (!hasHan(sentence)) for (const m of sentence.matchAll(CAPITALISED)) words.push({ text: m[0], start: m.index });
  lastSentence = sentence;
  lastWords = words;
  return words;
}

let lastSentence = '';
let lastWords: readonly { text: string; start: number }[] = [];

/*
 * A capitalised word: "Biden and McCarthy sealed…", "O’Brien said", "DeSantis": a short
 * capitalised prefix (Mc, Mac, De, O’) may stand before a second capital inside the name.
 */
const CAPITALISED = /\b(?:[A-Z][a-z]{0,2}(?=[A-Z][a-z])|O[’'](?=[A-Z]))?[A-Z][a-z]+(?:[-’'][A-Za-z]+)?\b/g;

/*
 * "Ford Motor Co", "Toyota Motor Corp", "Walton Industries": a surname followed by a company's
 * word is the company's name, not the person's (Doug Ford of the article is not the automaker).
 */
const COMPANY_WORD = /^ (?:Motors?|Co|Corp|Corporation|Inc|Company|Group|Holdings|Ltd|Industries|Foundation|Enterprises|Airlines|Bank)\b/;
const namesCompany = (sentence: string, end: number) => sentence.charCodeAt(end) === 32 && COMPANY_WORD.test(sentence.slice(end, end + 14));

/**
 * Worked out once per actor record: `remember` runs for every mention, and
 * the registry hands out one record per actor for the whole corpus.
 */
const surnames = new WeakMap<Actor, string | null>();
const surnamesByName = new Map<string, string | null>();

function surnameOf(actor: Actor): string | null {
  let surname = surnames.get(actor);
  if (surname === undefined) surnames.set(actor, (surname = surnameFromNames(actor)));
  return surname;
}

const HYPHENATED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}*)+$/u;
const lastPart = (name: string): string | null => {
  const part = name.slice(name.lastIndexOf('-') + 1);
  return part.length >= 3 ? part : null;
};

/*
 * 王毅 is Wang Yi, family name first; 麦卡锡 (Kevin McCarthy) looks like a Chinese name (麦 is a
 * family name) but is only his surname spelled out, and his English name keeps the Western
 * order. Chinese order needs the first word to be one syllable (Wang, Yoon Suk Yeol, Lee), to
 * spell the family name in pinyin (Ouyang), or a hyphenated given name last (Ma Ying-jeou).
 */
const ONE_SYLLABLE = /^[^aeiouy]*[aeiouy]+[^aeiouy]*$/i;
function chineseOrder(zh: string | undefined, tokens: string[]): boolean {
  if (!zh || !isChineseName(zh)) return false;
  if (/-\p{Ll}/u.test(tokens.at(-1)!) || ONE_SYLLABLE.test(tokens[0]!)) return true;
  return pinyinName(zh).split(' ')[0]!.toLowerCase() === tokens[0]!.toLowerCase();
}

/** Chinese names put the family name first (Wang Yi), most others last (Ned Price). */
function surnameFromNames(actor: { names: { en: string; 'zh-Hans'?: string } }): string | null {
  const tokens = actor.names.en.split(/\s+/).filter(Boolean);
  // "Gen. Waker-Uz-Zaman … Zaman said": one hyphenated name is said by its last part too.
  if (tokens.length === 1) return HYPHENATED.test(tokens[0]!) ? lastPart(tokens[0]!) : null;
  const chinese = chineseOrder(actor.names['zh-Hans'], tokens);
  const surname = chinese ? tokens[0]! : tokens.at(-1)!;
  return surname.length >= 3 ? surname : null;
}
