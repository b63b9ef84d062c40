/**
 * The `Actor` records the registry hands out (schema.ts): gazetteer entries
 * with what the texts added, actors learned from the texts, and country
 * bodies (哈萨克斯坦外交部). Sets are sorted here, so the output never
 * depends on the order the texts were read in.
 */
import type { Actor, ActorKind, ActorRole } from '../../lib/schema.ts';
import { toTraditional } from '../text/fold.ts';
import type { GazetteerEntry, Institution } from './gazetteer.ts';
import { englishNameFor, japaneseNameGuess } from './names.ts';

/** An actor the texts introduced. */
export interface LearnedActor {
  id: string;
  /** Folded (simplified) Chinese name, or null for a name seen only in Latin. */
  zh: string | null;
  kind: ActorKind;
  /** Latin spellings the texts gave (brackets, English titles), as written. */
  latin: Set<string>;
  countries: Set<string>;
  /** Named after a Japanese title (防卫大臣, 会长) with no country but Japan: a Japanese name, read as one. */
  japanese?: boolean;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function withRoles(actor: Actor, roles: ActorRole[]): Actor {
  if (!roles.length) return actor;
  return { ...actor, roles: [...roles].sort((a, b) => byString(a.zh, b.zh) || byString(a.en, b.en)) };
}

export function gazetteerActor(entry: GazetteerEntry, learnedAliases: ReadonlySet<string> | undefined, roles: ActorRole[]): Actor {
  const own = [...entry.aliases, ...(entry.short ? [entry.short] : []), ...(entry.demonyms ?? [])];
  const known = new Set([...own, entry.name, ...Object.values(entry.names)]);
  const learned = [...(learnedAliases ?? [])].filter((a) => !known.has(a)).sort(byString);
  const actor: Actor = {
    id: entry.id,
    name: entry.name,
    names: { ...entry.names },
    aliases: [...own, ...learned],
    kind: entry.kind,
    origin: 'gazetteer',
  };
  if (entry.country) actor.country = entry.country;
  return withRoles(actor, roles);
}

/** How a learned actor is named: its Latin spellings, longest first, the guess read from its Chinese, the name. */
interface LearnedNaming {
  latin: string[];
  guess: { name: string; isGuess: boolean } | null;
  /** A body with a Chinese name (see learnedNaming). */
  body: boolean;
  name: string;
}

function learnedNaming(learned: LearnedActor): LearnedNaming {
  // The longest Latin spelling is the fullest name; ties go alphabetically.
  const latin = [...learned.latin].sort((a, b) => b.length - a.length || byString(a, b));
  const guess = !learned.zh
    ? null
    : learned.japanese && !latin.length
      ? { name: japaneseNameGuess(learned.zh), isGuess: true }
      : englishNameFor(learned.zh);
  // A body's name is words, not a person's: run-together pinyin (Zhong Guoxiandaiguoji…) reads as a made-up
  // person's name, and pinyin-pro cannot cut it into words reliably. With no English name given, it keeps its own.
  const body = learned.kind === 'organisation' && learned.zh !== null;
  const name = latin[0] ?? (body ? learned.zh! : guess?.name) ?? learned.id;
  return { latin, guess, body, name };
}

/**
 * The English name `learnedActor` gives the actor (`name`, `names.en`),
 * without the rest of the record: the registry needs only the names of each
 * person an article mentions, to remember their surnames.
 */
export const learnedEnglishName = (learned: LearnedActor): string => learnedNaming(learned).name;

export function learnedActor(learned: LearnedActor, roles: ActorRole[]): Actor {
  const { latin, guess, body, name } = learnedNaming(learned);
  const actor: Actor = {
    id: learned.id,
    name,
    names: {
      en: name,
      'zh-Hans': learned.zh ?? '',
      'zh-Hant': learned.zh ? toTraditional(learned.zh) : '',
    },
    aliases: latin.slice(1),
    kind: learned.kind,
    origin: 'text',
  };
  if (!latin.length && guess?.isGuess && !body) actor.nameIsGuess = true;
  const country = [...learned.countries].sort(byString)[0];
  if (country) actor.country = country;
  return withRoles(actor, roles);
}

/** 哈萨克斯坦 + 外交部 → "Kazakhstan Foreign Ministry"; 美国 + 财政部 → "US Treasury". */
export function institutionActor(id: string, country: GazetteerEntry, body: Institution, roles: ActorRole[]): Actor {
  const name = body.names?.[country.id] ?? `${country.name} ${body.en}`;
  const actor: Actor = {
    id,
    name,
    names: {
      en: name,
      'zh-Hans': country.names['zh-Hans'] + body.suffix,
      'zh-Hant': country.names['zh-Hant'] + toTraditional(body.suffix),
    },
    aliases: [],
    kind: 'organisation',
    country: country.id,
    origin: 'gazetteer',
  };
  return withRoles(actor, roles);
}
