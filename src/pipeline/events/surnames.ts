/**
 * English news names a person in full once, then by surname alone: "Chinese
 * Foreign Minister Wang Yi … Wang also spoke with…", "analyst Daniyar
 * Seitkali … Seitkali said". A bare surname means the person of this article
 * who bears it; one borne by two of them means no one.
 */
import type { Actor } from '../../lib/schema.ts';
import type { ActorMention } from '../types.ts';
import { isChineseName } from '../actors/index.ts';
import { hasHan } from '../text/han.ts';

export class SurnameMemory {
  /** Surname → actor id, or null when two people of the article share it. */
  private readonly known = new Map<string, string | null>();

  remember(actor: Actor | undefined): void {
    if (actor?.kind !== 'person') return;
    const surname = surnameOf(actor);
    if (!surname) return;
    const owner = this.known.get(surname);
    this.known.set(surname, owner === undefined || owner === actor.id ? actor.id : null);
  }

  /** `mentions` plus the surnames standing alone in an English sentence, in order. */
  complete(sentence: string, mentions: ActorMention[]): ActorMention[] {
    if (hasHan(sentence) || !this.known.size) return mentions;
    const added: ActorMention[] = [];
    for (const m of sentence.matchAll(CAPITALISED)) {
      const id = this.known.get(m[0]);
      const end = m.index + m[0].length;
      if (!id || mentions.some((x) => x.start < end && m.index < x.end)) continue;
      added.push({ actorId: id, text: m[0], start: m.index, end });
    }
    return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
  }
}

const CAPITALISED = /\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)?\b/g;

/**
 * Worked out once per actor record: `remember` runs for every mention, and
 * the registry hands out one record per actor for the whole corpus.
 */
const surnames = new WeakMap<Actor, string | null>();

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

/** Chinese names put the family name first (Wang Yi), most others last (Ned Price). */
function surnameFromNames(actor: Actor): string | null {
  const tokens = actor.names.en.split(/\s+/).filter(Boolean);
  // "Gen. Waker-Uz-Zaman … Zaman said": one hyphenated name is said by its last part too.
  if (tokens.length === 1) return HYPHENATED.test(tokens[0]!) ? lastPart(tokens[0]!) : null;
  const chinese = isChineseName(actor.names['zh-Hans']);
  const surname = chinese ? tokens[0]! : tokens.at(-1)!;
  return surname.length >= 3 ? surname : null;
}
