/**
 * The gazetteer: countries, organisations, people, role titles and the word
 * lists the matcher needs, kept as JSON under `src/pipeline/data/gazetteer/`
 * so they can be extended without touching code.
 */
import type { ActorKind } from '../../lib/schema.ts';
import countriesJson from '../data/gazetteer/countries.json' with { type: 'json' };
import organisationsJson from '../data/gazetteer/organisations.json' with { type: 'json' };
import peopleJson from '../data/gazetteer/people.json' with { type: 'json' };
import rolesJson from '../data/gazetteer/roles.json' with { type: 'json' };
import institutionsJson from '../data/gazetteer/institutions.json' with { type: 'json' };
import blockersJson from '../data/gazetteer/blockers.json' with { type: 'json' };
import surnamesJson from '../data/gazetteer/surnames.json' with { type: 'json' };
import transliterationJson from '../data/gazetteer/transliteration.json' with { type: 'json' };
import verbsJson from '../data/gazetteer/verbs.json' with { type: 'json' };

/**
 * Where a one-character short form (美, 俄, 哈) may stand for its country:
 * - `suffix`: before 方/外长/总统/政府/军… (美方, 俄总统)
 * - `pair`: next to another short form (中俄, 哈中)
 * - `weak`: after a preposition (对哈, 在哈) once the full name has been seen
 */
export type ShortContext = 'suffix' | 'pair' | 'weak';

export interface GazetteerEntry {
  id: string;
  /** The short English form readers know: "Tokayev", "CSTO". */
  name: string;
  names: { en: string; 'zh-Hans': string; 'zh-Hant': string };
  /** Other Chinese spellings, short forms, Latin spellings. */
  aliases: string[];
  kind: ActorKind;
  country?: string;
  /** Countries: the one-character short form and where it is safe. */
  short?: string;
  shortContexts?: ShortContext[];
  /** Countries: English adjectives that stand for the country (Russian troops). */
  demonyms?: string[];
  /**
   * Countries: capitals that stand for the government when it acts (Beijing
   * imposed, Washington said), never where they are a place (in Beijing).
   */
  capitals?: string[];
  /** A form is not this actor when followed by one of these (中国外交部|长). */
  notFollowedBy?: string[];
  /**
   * Common nouns that name this body only when they start a phrase (天文台,
   * 教育局, 央行): 国家天文台 and 北京市教育局 are other bodies, and so is the
   * bare form after another country named earlier in the sentence.
   */
  standalone?: string[];
  /**
   * English forms with "the" (the Senate, the House) that name this body only in an article
   * about its country: one whose actors named so far, with the text's own, belong most to it.
   */
  domestic?: string[];
}

export interface RoleVariant {
  /** The role reads differently after these words (英国务院发言人). */
  after: string[];
  en: string;
  /** Another office altogether, not just another English name: German chancellor is 总理, not 财政大臣. */
  zh?: string;
}

export interface RoleEntry {
  zh: string;
  en: string;
  /** English spellings of the same title (Foreign Minister, spokesman). */
  latin?: string[];
  variants?: RoleVariant[];
  /**
   * A Japanese title (防卫大臣, 外相): the name after it may be a Japanese one
   * (岸信夫), whose family name is no Chinese surname.
   */
  japanese?: boolean;
  /**
   * A noun for people in general as much as a title (示威者, 记者): after
   * 向/对/与 it is the object of a sentence (向示威者施放催泪弹), and what
   * follows is no name.
   */
  group?: boolean;
}

/** A body named by a country plus a suffix: 哈萨克斯坦外交部, 俄国防部. */
export interface Institution {
  suffix: string;
  id: string;
  en: string;
  notFollowedBy?: string[];
  /** Countries whose body has its own English name: the United States' 财政部 is the Treasury. */
  names?: Record<string, string>;
}

export interface Transliteration {
  /** Characters (and common endings) → Latin letters. */
  syllables: Record<string, string>;
  /** Characters that stand for a bare consonant → the syllable when a vowel is needed. */
  consonants: Record<string, string>;
}

export const countries = countriesJson as GazetteerEntry[];
export const organisations = organisationsJson as GazetteerEntry[];
export const people = peopleJson as GazetteerEntry[];
export const roles = rolesJson as RoleEntry[];
export const institutions = institutionsJson as Institution[];
export const transliteration: Transliteration = transliterationJson;

/**
 * Words that name no actor. A word may carry `/X`: it is only a blocker when
 * not followed by X (美元 blocks 美, but 美元首 is "US head of state").
 */
export const blockerWords: { word: string; notFollowedBy?: string[] }[] = blockersJson.words.map((w) => {
  const [word = w, ...rest] = w.split('/');
  return rest.length ? { word, notFollowedBy: rest } : { word };
});
/** Place names: never actors, and they end a name when learning (记者某某柏林报导). */
export const places: string[] = blockersJson.places;

export const singleSurnames: ReadonlySet<string> = new Set(surnamesJson.single);
export const compoundSurnames: readonly string[] = surnamesJson.compound;
/** The hundred commonest family names: a name starting with one is Chinese unless written all in transliteration characters. */
export const commonSurnames: ReadonlySet<string> = new Set(surnamesJson.common);

/** Verbs that follow a name in news (表示, 宣布), folded: no name starts with one, and a name ends where one starts. */
export const verbs: ReadonlySet<string> = new Set(verbsJson.words);
/** Lengths of the verbs, longest first, for looking them up at a place. */
export const verbLengths: readonly number[] = [...new Set(verbsJson.words.map((w) => w.length))].sort((a, b) => b - a);

export const allEntries: GazetteerEntry[] = [...countries, ...organisations, ...people];

/** A form written without Han characters is matched as a Latin word. */
export const isLatinForm = (form: string) => !/[\u3400-\u9fff\uf900-\ufaff]/.test(form);
