/**
 * English names for Chinese-written names the gazetteer does not know:
 * pinyin for Chinese names (汪文斌 → Wang Wenbin), and for transliterated
 * foreign names a reading of the Xinhua transliteration characters back
 * into Latin letters (马里诺 → Marino), which is only a guess.
 */
import { pinyin } from 'pinyin-pro';
import { commonSurnames, compoundSurnames, singleSurnames, transliteration } from './gazetteer.ts';
import { charAt } from '../text/at.ts';

export interface EnglishName {
  name: string;
  /** true when read back from a transliteration: the original spelling is unknown. */
  isGuess: boolean;
  method: 'pinyin' | 'transliteration';
}

/** Characters that end transliterated names but hardly ever Chinese given names. */
const FOREIGN_ENDINGS = new Set('夫斯娃娅诺基克尔姆茨兹赫耶奇维科普德特格布'.split(''));
/** Characters that mark a transliteration wherever they stand in the name. */
const FOREIGN_MARKS = new Set('克斯尔夫娃娅耶诺基兹茨姆赫'.split(''));

const SYLLABLE_KEYS = Object.keys(transliteration.syllables).sort((a, b) => b.length - a.length);
const MAX_KEY = SYLLABLE_KEYS[0]?.length ?? 1;

/**
 * The transliteration table's characters, as a set: the name scanners ask
 * about character after character, and `ch in` an object of some hundreds of
 * keys went through the engine's generic lookup each time.
 */
const TRANSLITERATION_CHARS: ReadonlySet<string> = new Set(Object.keys(transliteration.syllables));

/** Is this character used to write foreign names (托, 卡, 斯…)? */
export const isTransliterationChar = (ch: string) => TRANSLITERATION_CHARS.has(ch) || ch === '·';

/** Length of the surname a Chinese name starts with (2 for 欧阳), or 0. */
export function surnameLength(name: string): number {
  if (compoundSurnames.some((s) => name.startsWith(s))) return 2;
  // 叶刘淑仪, 范徐丽泰: a Hong Kong married name puts the husband's common surname before her own.
  if (name.length === 4 && isMarriedSurname(name, 0)) return 2;
  return singleSurnames.has(name.charAt(0)) ? 1 : 0;
}

/** Two common single surnames at `pos` (叶刘): the double surname of a married name, when two given characters follow. */
export const isMarriedSurname = (text: string, pos: number) => commonSurnames.has(charAt(text, pos)) && commonSurnames.has(charAt(text, pos + 1));

/**
 * 林郑月娥 → 林郑, 叶刘淑仪 → 叶刘: Hong Kong news names a married woman by her double
 * surname alone (林鄭稱…), which no one else bears; null for other names (欧阳 is one surname).
 */
export function marriedShortForm(name: string): string | null {
  if (name.length !== 4 || !isMarriedSurname(name, 0) || compoundSurnames.some((s) => name.startsWith(s))) return null;
  return name.slice(0, 2);
}

/**
 * A Chinese personal name: a known surname and one or two given-name
 * characters, not ending like a transliteration (…夫, …斯), and not a long
 * run of transliteration characters. The ending says little after a common
 * surname (李哲维, 张维), unless every character is a transliteration one (罗斯).
 */
export function isChineseName(name: string): boolean {
  const surname = surnameLength(name);
  const given = name.length - surname;
  if (surname === 0 || given < 1 || given > 2 || name.includes('·')) return false;
  const chars = name.split('');
  const allTransliteration = chars.every(isTransliterationChar);
  const common = surname === 2 || commonSurnames.has(name.charAt(0));
  if ((!common || allTransliteration) && FOREIGN_ENDINGS.has(name.charAt(name.length - 1))) return false;
  // 马克龙: every character a transliteration one, and one of them 克.
  if (allTransliteration && chars.slice(surname).some((c) => FOREIGN_MARKS.has(c))) return false;
  return true;
}

const capitalise = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** 淡江 → Danjiang: a place or school name as one capitalised word. */
export function pinyinWord(text: string): string {
  return capitalise((pinyin(text, { toneType: 'none', type: 'array' }) as string[]).join(''));
}

/** 汪文斌 → Wang Wenbin: family name first, given name as one word. */
export function pinyinName(name: string): string {
  const surname = surnameLength(name) || 1;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }) as string[];
  const family = syllables.slice(0, surname).join('');
  const given = syllables.slice(surname).join('');
  return [capitalise(family), capitalise(given)].filter(Boolean).join(' ');
}

const VOWELS = /^[aeiouy]/;

/** Read one part of a transliterated name (no dots) back into Latin letters. */
function readPart(part: string): string {
  // Longest key first: endings like 斯基 (ski) and 耶夫 (yev) read better whole.
  const pieces: { key: string; text: string }[] = [];
  for (let i = 0; i < part.length; ) {
    let key = '';
    for (let len = Math.min(MAX_KEY, part.length - i); len >= 1; len--) {
      const candidate = part.slice(i, i + len);
      if (candidate in transliteration.syllables) {
        key = candidate;
        break;
      }
    }
    if (!key) {
      key = part.charAt(i);
      const reading = pinyin(key, { toneType: 'none' });
      pieces.push({ key, text: /^[a-zü]+$/.test(reading) ? reading : '' });
    } else pieces.push({ key, text: transliteration.syllables[key]! });
    i += key.length;
  }
  // Right to left: a consonant character (夫, 斯, 尔) stays bare at the end,
  // before a vowel, before l/r, or after a vowel; next to another bare
  // consonant it takes its vowel (默克尔 → Meker, not Mekr).
  let nextBare = false;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    const vowelForm = transliteration.consonants[piece.key];
    if (!vowelForm) {
      nextBare = false;
      continue;
    }
    const next = pieces[i + 1]?.text ?? '';
    const prev = pieces[i - 1]?.text ?? '';
    const sCluster = i === 0 && /^(s|sh)$/.test(piece.text) && !VOWELS.test(next);
    const lrCluster = /^[bfgkp]$/.test(piece.text) && /^[lr]/.test(next);
    const bare: boolean =
      !nextBare &&
      (next === '' || VOWELS.test(next) || lrCluster || sCluster || (prev !== '' && /[aeiouy]$/.test(prev)));
    if (!bare) piece.text = vowelForm;
    nextBare = bare;
  }
  // 林 + 诺 → lin + no: one n at the join, not two (贝林诺 → Belino).
  const joined = pieces.reduce((acc, p) => (acc && p.text && acc.at(-1) === p.text[0] && !VOWELS.test(p.text) ? acc + p.text.slice(1) : acc + p.text), '');
  return capitalise(joined);
}

/** 托卡耶夫 → Tokayev, 马里诺 → Marino, 约翰·史密斯 → John Smis(ish). */
export function transliterationGuess(name: string): string {
  return name
    .split('·')
    .filter(Boolean)
    .map(readPart)
    .join(' ');
}

/**
 * Names already read, by their Chinese form: a learned person's record is
 * rebuilt for every article that names them (their surname is remembered per
 * article), and reading a name through pinyin-pro costs far more than a
 * lookup. The reading depends on the name alone, so the first one serves all.
 */
const englishNames = new Map<string, EnglishName>();

/**
 * The English name of a name written in Chinese that the gazetteer does not
 * know. The record returned is shared between callers: read it, never change it.
 */
export function englishNameFor(zhName: string): EnglishName {
  let name = englishNames.get(zhName);
  if (name === undefined) englishNames.set(zhName, (name = readEnglishName(zhName)));
  return name;
}

function readEnglishName(zhName: string): EnglishName {
  if (isChineseName(zhName)) return { name: pinyinName(zhName), isGuess: false, method: 'pinyin' };
  // 岸信夫 (a Japanese minister) is no transliteration: read mostly as Chinese
  // characters, its Chinese reading is the better guess than "Anxinv".
  const chars = [...zhName];
  if (chars.filter(isTransliterationChar).length * 2 < chars.length) return { name: pinyinName(zhName), isGuess: true, method: 'pinyin' };
  return { name: transliterationGuess(zhName), isGuess: true, method: 'transliteration' };
}

/**
 * A Japanese name written in kanji (坂本雅信) has no reading the characters
 * give: its Chinese reading, family name and given name apart (Banben Yaxin),
 * is a guess a reader can at least tell apart from a run-together transliteration.
 * Family names of two characters are the rule; a three-character name splits
 * after its first character only when that is a Chinese surname (岸信夫, but 木原稔).
 */
export function japaneseNameGuess(zhName: string): string {
  const chars = [...zhName];
  const family = chars.length >= 4 || (chars.length === 3 && !singleSurnames.has(chars[0]!)) ? 2 : 1;
  const syllables = pinyin(zhName, { toneType: 'none', type: 'array' }) as string[];
  if (syllables.length !== chars.length) return pinyinName(zhName);
  return [syllables.slice(0, family).join(''), syllables.slice(family).join('')].filter(Boolean).map(capitalise).join(' ');
}

/** `Kassym-Jomart Tokayev` → `kassym-jomart-tokayev`; accents dropped. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a, 4 hex digits: a short stable suffix that tells apart names reading alike. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) & 0xffff).toString(16).padStart(4, '0');
}

/**
 * Korean (and Wade-Giles) given names are written as two words or one
 * hyphenated one: Choe Son Hui, Choe Son-hui; Tsai Ing-wen, Tsai Ing Wen.
 * The other spelling of a three-syllable Latin name, or null. Only short
 * syllables count, so Abdel Fattah Burhan has none.
 */
export function syllableVariant(latin: string): string | null {
  const spaced = /^(\p{Lu}\p{Ll}{1,4}) (\p{Lu}\p{Ll}{1,4}) (\p{Lu}\p{Ll}{1,4})$/u.exec(latin);
  if (spaced) return `${spaced[1]} ${spaced[2]}-${spaced[3]!.toLowerCase()}`;
  const hyphened = /^(\p{Lu}\p{Ll}{1,4}) (\p{Lu}\p{Ll}{1,4})-(\p{L}\p{Ll}{1,4})$/u.exec(latin);
  if (hyphened) return `${hyphened[1]} ${hyphened[2]} ${hyphened[3]!.charAt(0).toUpperCase()}${hyphened[3]!.slice(1)}`;
  return null;
}
