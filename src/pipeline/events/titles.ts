/**
 * Titles: a short one in the article's language, cut from the sentence, and
 * an English label built from the actors' English names and the kind of event
 * ("Wang Yi – Lavrov phone call", "Putin on troops", "Kazakhstan: unrest —
 * at least 164 dead"), so a reader who does not read Chinese can follow.
 */
import type { Actor } from '../../lib/schema.ts';
import type { Classification } from './classify.ts';
import type { Participants } from './participants.ts';
import type { FoundFigure } from './figures.ts';
import { describeFigure } from './figures.ts';

const MAX_TITLE = 40;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_GLOSS = /[（(][^（）()]*[A-Za-z][^（）()]*[）)]/g;
const CREDIT = /[（(][^（）()]{1,8}(?:社|网|报|台|photo|Photo|AP|AFP)[）)]$/;
const LEADING_JOINERS = /^(?:而且|并且|但是|但|而|则|也|并|且|另外|此外|同时|就在|毕竟|因此|不过|然而|其中|随后|据悉|据报道)+/;

/*
 * A Chinese date goes with the preposition before it and the time of day
 * after it: 秦刚于12月30日晚发表讲话 is 秦刚发表讲话, not 秦刚于晚发表讲话. 晚 stays
 * where it starts a word of its own (10日晚些时候, 10日晚宴上); so does the 在
 * of 现在, 正在.
 */
const TIME_OF_DAY = /(?:晚上|晚间|晚間|上午|下午|中午|早上|早晨|清晨|凌晨|傍晚|夜间|夜間|深夜|晚(?![些宴会會餐饭飯报報]))?/y;
const AT = new Set(['於', '于', '在']);
const NOT_AT = new Set(['正', '现', '現', '存', '所', '实', '實', '还', '還', '仍']);

function withoutZhDate(title: string, date: string): string {
  const at = title.indexOf(date);
  if (at < 0) return title;
  const before = title[at - 1] ?? '';
  const start = AT.has(before) && !(before === '在' && NOT_AT.has(title[at - 2] ?? '')) ? at - 1 : at;
  TIME_OF_DAY.lastIndex = at + date.length;
  const end = TIME_OF_DAY.exec(title) ? TIME_OF_DAY.lastIndex : at + date.length;
  return title.slice(0, start) + title.slice(end);
}

/** The segment without its date words, Latin glosses and credits, cut at a clause end. */
export function nativeTitle(text: string, dateTexts: string[], language: 'zh' | 'en'): string {
  let title = text;
  for (const d of dateTexts) {
    title = language === 'zh' ? withoutZhDate(title, d) : title.replace(new RegExp(`(?:\\b(?:on|in|at|since|from|until|by|last)\\s+)?${escapeRegExp(d)}`, 'i'), ' ');
  }
  // Every event's title passes here: the replacements run only where they can match.
  if (title.includes('(') || title.includes('（')) title = title.replace(LATIN_GLOSS, '').replace(CREDIT, '');
  if (/\s/.test(title)) title = title.replace(/\s+/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
  title = title.replace(LEADING_JOINERS, '').replace(/^[，,、：:；;\s]+|[，,、：:；;。.\s]+$/g, '');
  if (language === 'en') title = title.replace(/^(?:on|in|since|at)\s+/i, '').replace(/^\w/, (c) => c.toUpperCase());
  return cut(title, language === 'zh' ? MAX_TITLE : MAX_TITLE * 2.5);
}

function cut(title: string, max: number): string {
  if (title.length <= max) return title;
  const breaks = [...title.slice(0, max).matchAll(/[，,；;：:]/g)].map((m) => m.index);
  const at = breaks.filter((i) => i >= max / 3).at(-1);
  return closeQuotes(at !== undefined ? title.slice(0, at) : `${title.slice(0, max - 1)}…`);
}

// A title cut inside a quotation ends it: “部长强调，这次… → “部长强调…”
function closeQuotes(title: string): string {
  const open = (title.match(/“/g) ?? []).length - (title.match(/”/g) ?? []).length;
  if (open <= 0) return title;
  return `${title.replace(/…$/, '')}…”`;
}

const DIPLOMATIC_PAIRS = new Set(['phone call', 'talks', 'visit', 'agreement signed', 'message']);

export function englishLabel(
  c: Classification,
  who: Participants,
  figures: FoundFigure[],
): string {
  const figureText = describeFigures(figures, c.category);
  const withFigures = (label: string) => (figureText ? `${label} (${figureText})` : label);
  const subject = namesOf(who.subject);
  if (c.speech) {
    const speaker = subject[0] ?? 'Unattributed';
    if (c.category !== 'statement') return withFigures(`${speaker} on ${c.trigger.entry.label}`);
    if (c.topic) return `${speaker} ${c.trigger.entry.label} on ${c.topic.entry.label}`;
    const parties = namesOf(namedParties(who)).slice(0, 2);
    return parties.length ? `${speaker} ${c.trigger.entry.label} on ${parties.join(' and ')}` : `${speaker} ${c.trigger.entry.label}`;
  }
  const label = c.trigger.entry.label;
  if (DIPLOMATIC_PAIRS.has(label)) {
    const people = namesOf(who.actors, 'person');
    const parties = people.length >= 2 ? people : namesOf(who.actors);
    if (parties.length >= 2) return `${parties.slice(0, 2).join(' – ')} ${label}`;
  }
  return withFigures(subject.length ? `${subject.join(' – ')}: ${label}` : capitalise(label));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/*
 * Plain loops rather than filter/map chains, here and in describeFigures: an
 * empty array from map has another hidden class than a full one, and each
 * class that compiled code meets late throws that code away, with the large
 * functions it was inlined into.
 */

/** The actors' English names (of one kind only, when given), in order. */
function namesOf(actors: Actor[], kind?: Actor['kind']): string[] {
  const names: string[] = [];
  for (const a of actors) if (kind === undefined || a.kind === kind) names.push(a.name);
  return names;
}

/** "at least 12 dead, 40 injured": the figures of the event's category. */
function describeFigures(figures: FoundFigure[], category: Classification['category']): string {
  let text = '';
  for (const f of figures) if (f.category === category) text += `${text ? ', ' : ''}${describeFigure(f)}`;
  return text;
}

/**
 * Who a statement with no topic word names, besides the speaker's own side
 * (the speaker, whoever introduces them before the verb of saying, and the
 * countries of both, with that country's ministries and people): the parties
 * it is about. One spokesperson's several remarks on a day then read apart,
 * "… statement on Kazakhstan" rather than the same label each time, and no
 * label says a spokesperson spoke "on" their own government.
 */
function namedParties(who: Participants): Actor[] {
  const own = new Set<string>();
  for (const a of [...who.subject, ...(who.side ?? [])]) {
    own.add(a.id);
    if (a.country) own.add(a.country);
  }
  return who.actors.filter((a) => !own.has(a.id) && !(a.country && own.has(a.country)));
}
