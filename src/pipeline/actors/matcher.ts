/**
 * The scanner: one left-to-right pass over folded text with a trie of every
 * name, alias, short form and blocker. At each place the longest form that
 * passes its guard wins; the guards are what keep 美 in 美元, 中 in 中心
 * and 法 in 法律 from being read as countries.
 */
import type { Institution, ShortContext } from './gazetteer.ts';
import { isTransliterationChar } from './names.ts';
import { CharTrie, hitBuffer } from '../text/trie.ts';
import { isHan } from '../text/fold.ts';
import { charAt, codeAt } from '../text/at.ts';

/** A full name or alias. `exact`: the case a one-word Latin form must be written in. */
export interface NameForm {
  type: 'name';
  actorId: string;
  latin: boolean;
  exact: string | null;
  notFollowedBy?: string[];
  /** The actor is a country: a body suffix may follow (外交部). */
  country: boolean;
  /** The actor is a person: a building or a ship named after them (特朗普大厦, 里根号) is not them. */
  person?: boolean;
  /** A family name learned from a full one (拉贾帕克萨 from 戈塔巴雅·拉贾帕克萨). */
  surname?: boolean;
  /** A given name alone (Charles for Charles III): not when a capitalised word follows (Charles Michel). */
  notFollowedByName?: boolean;
  /** Set when a learned surname turns out to be shared by two actors. */
  disabled?: boolean;
  /** A body written without its country (外交部): never the tail of a longer word (某国外交部, 驻外交部). */
  bare?: boolean;
  /** An adjective (British, Australian), which may only say where someone or something is from. */
  demonym?: boolean;
  /** A capital (Beijing), the country only as the subject of what a government does. */
  metonym?: boolean;
}

export type Form =
  | NameForm
  /** A one-character short form of a country (美, 俄, 哈). */
  | { type: 'short'; actorId: string; contexts: ReadonlySet<ShortContext> }
  /** A word that names nobody (美元, 中心, 法律). */
  | { type: 'blocker'; notFollowedBy?: string[] };

export interface RawMention {
  actorId: string;
  start: number;
  end: number;
  kind: 'name' | 'short' | 'institution';
  /** For `institution`: the country and the body (哈萨克斯坦 + 外交部). */
  institution?: { country: string; body: Institution };
  /** Read from a bare form (天文台, 外交部), which another country named before may claim. */
  bare?: boolean;
}

/**
 * After these, a short form stands for its country: 美方, 俄总统, 哈中边境; 菲运补船, 菲船只, 菲海警
 * (a country's ships and coast guard at sea, as 舰 its warships).
 */
const SAFE_SUFFIXES = [
  '方', '总统', '总理', '首相', '外长', '外相', '外交部', '国防部', '防长', '国务院', '国务卿', '政府', '官员',
  '军', '海军', '空军', '陆军', '驻', '边境', '边界', '媒', '使馆', '大使', '领导人', '议会', '国会', '央行',
  '当局', '副总理', '外交官', '籍', '企', '警方', '元首', '特使', '代表团', '情报', '舰',
  '船只', '运补船', '补给船', '公务船', '海警',
];
/** Short forms that double as very common words take only these (以军, 加方, 意总理). */
const NARROW_SUFFIXES = ['方', '军', '总统', '总理', '外长', '防长', '政府', '国防部'];
const NARROW_FORMS = new Set(['以', '意', '加', '叙']);
/** 方 followed by these makes a word (方便, 方式, 方法), not "the X side". */
const NOT_SIDE = new Set('便式法向案针言圆才寸舟丈'.split(''));
/**
 * Characters that go on spelling a transliterated name and follow no pair of
 * countries (哈塔伊 is Hatay, not Kazakhstan and Tajikistan; 中美关系 is a pair).
 */
const NAME_GOES_ON = new Set('伊尔克斯夫娃娅耶诺兹茨姆赫'.split(''));
/** A short form right after a number is a date or count (10日, 三中). */
const NUMERALS = new Set('0123456789〇零一二三四五六七八九十百千万两几数'.split(''));
/** Prepositions and verbs after which a short form may stand alone (对哈, 在哈, 赴美). */
const WEAK_BEFORE = new Set('对为与同和跟赴访抵在向助援让令致从离及或把被给替帮入'.split(''));

/** Particles after which a bare 外交部 starts a phrase of its own (据外交部, 和外交部). */
const BEFORE_BARE_BODY = new Set('据和与及由对向被将从经称、'.split(''));

/** A capitalised word and a joiner right before a name: "Peace and |", "Committee of |". */
const JOINED_BEFORE = /\p{Lu}[\p{L}'’-]* (?:and|of|for|&) $/u;
const CAPITALISED_AFTER = /^ \p{Lu}/u;
/** A capitalised word or an initial right after: the name goes on (Charles Michel, Charles E. Schumer). */
const NAME_AFTER = /^ \p{Lu}/u;
/** The joiner alone, checked first: most names have none before them. */
const JOINER_BEFORE = / (?:and|of|for|&) $/;
/** Names of bodies a longer name can end with (Security Council, Supreme Court). */
const BODY_TAIL = / (?:Council|Committee|Commission|Assembly|Court|Bank|Union|Agency|Forces|Army|Party|Front|Ministry|Office|Authority|Organi[sz]ation)$/;

/**
 * Nouns a demonym only describes (an Australian citizen, the former British
 * colony, a British national who…, a Soviet-era band): the country does nothing there. "national"
 * is a noun only before a pause or a verb: British national security is the state's.
 */
const DESCRIBED_NOUN =
  /^(?:-(?:born|educated|era|style|made|built|designed|inspired|themed)\b| (?:citizens?|nationals|colony|colonies|passports?|passport-holders?|descent|origin|nationality|expats?|expatriates?|dual)(?![\p{L}-])| national(?=[,.;:!?)]| (?:who|whose|was|is|has|had|and|in|living|held|detained|named|arrested)\b))/u;

/** What a government does, right after its capital: Beijing imposed, Washington has urged. */
const GOVERNMENT_VERB =
  /^ (?:has |have |had |will |would |also |has also |later |then )?(?:said|says|imposed|imposes|announced|announces|urged|urges|warned|warns|accused|accuses|demanded|demands|rejected|rejects|condemned|condemns|denied|denies|insisted|insists|responded|retaliated|vowed|vows|threatened|threatens|sanctioned|summoned|protested|critici[sz]ed|critici[sz]es|ordered|approved|banned|blamed|pledged|hit back|signed|recalled|expelled|agreed|stands? by|stood by|supports|supported|backs|backed)\b/;
/** A capital after a capitalised word is the end of a name: Denzel Washington. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]*\s$/u;
/** A capital after these is a place: in Beijing, to Washington. */
const PLACE_BEFORE = /\b(?:in|to|from|at|near|via|into|of|outside|around|across|toward|towards|and)\s$/;

const isLatinWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c > 0xbf && c < 0x2000 && c !== 0xd7 && c !== 0xf7);

const NOTHING_NAMED: ReadonlyMap<string, number> = new Map();

/**
 * Of the countries that share a short form (乌: Ukraine and Uzbekistan; 土:
 * Turkey and Turkmenistan), the one the text or its article last named in
 * full: 中乌 in an article about Tashkent is China and Uzbekistan. Named by
 * neither, the form is the first country listed with it in countries.json,
 * the one Chinese news most often means. Null when no two short forms share
 * these characters.
 */
function sharedShortChoice(forms: readonly Form[], found: readonly RawMention[], named: ReadonlyMap<string, number>): string | null {
  let first: string | null = null;
  let shared = false;
  let best: string | null = null;
  let bestWhen = -1;
  for (const form of forms) {
    if (form.type !== 'short') continue;
    if (first === null) first = form.actorId;
    else shared = true;
    // Named in this very text outranks anything named before it.
    const here = found.some((m) => m.kind === 'name' && m.actorId === form.actorId);
    const when = here ? Number.MAX_SAFE_INTEGER : (named.get(form.actorId) ?? -1);
    if (when > bestWhen) {
      best = form.actorId;
      bestWhen = when;
    }
  }
  if (!shared) return null;
  return best ?? first;
}

/** What is named after a person without being them: 特朗普大厦, 里根号, 戴高乐机场, "Trump Tower". */
/** A warship named after a person: USS Ronald Reagan (and its Reagan), HMS Queen Elizabeth. */
const SHIP_PREFIX = /\b(?:USS|HMS|HMAS|HMCS|HMNZS|INS|RFS|FS)\s(?:\p{Lu}[\p{L}.'’-]*\s){0,2}$/u;
const NAMED_AFTER = /^(?:大厦|大楼|酒店|广场|机场|国际机场|纪念馆|纪念堂|庄园|号(?![召码])|\s(?:tower|plaza|hotel|international airport|airport|memorial|building)\b)/;

export class ActorIndex {
  private readonly trie = new CharTrie<Form>();
  /** acceptAt's hits; the helpers it calls walk with hitsAt, so nothing overwrites them mid-loop. */
  private readonly hits = hitBuffer<Form>();
  private readonly institutions: Institution[];
  /** First code units of the institutions' suffixes: most places start none. */
  private readonly suffixStarts: Set<number>;

  constructor(institutions: Institution[]) {
    this.institutions = institutions;
    this.suffixStarts = new Set(institutions.map((body) => body.suffix.charCodeAt(0)));
  }

  add(key: string, form: Form): void {
    this.trie.insert(key, form);
  }

  /**
   * Mentions in `text` (folded form `folded`), left to right, not overlapping.
   * `seenFull`: countries whose full name the corpus has used, which lets a
   * bare short form after a preposition count (对哈). `named`: countries the
   * article has named in full so far, with when (see sharedShortChoice).
   */
  scan(text: string, folded: string, seenFull: ReadonlySet<string>, named: ReadonlyMap<string, number> = NOTHING_NAMED): RawMention[] {
    const found: RawMention[] = [];
    for (let i = this.trie.nextStart(folded, 0); i < folded.length; i = this.trie.nextStart(folded, i)) {
      const c = folded.charCodeAt(i);
      if (i > 0 && isLatinWordChar(c) && isLatinWordChar(folded.charCodeAt(i - 1))) {
        i++; // only whole Latin words match
        continue;
      }
      const accepted = this.acceptAt(text, folded, i, found, seenFull, named);
      if (accepted === null) i++;
      else {
        if (accepted.actorId) found.push(accepted as RawMention);
        i = accepted.end;
      }
    }
    return found;
  }

  private acceptAt(
    text: string,
    folded: string,
    i: number,
    found: RawMention[],
    seenFull: ReadonlySet<string>,
    named: ReadonlyMap<string, number>,
  ): (Omit<RawMention, 'actorId'> & { actorId: string | null }) | null {
    const { hits } = this;
    for (let h = this.trie.hitsInto(folded, i, hits) - 1; h >= 0; h--) {
      const end = hits.ends[h]!;
      const forms = hits.values[h]!;
      const shortFor = forms.length > 1 ? sharedShortChoice(forms, found, named) : null;
      for (const form of forms) {
        if (form.type === 'blocker') {
          if (this.followedBy(folded, end, form.notFollowedBy)) continue;
          if (this.nameStartsInside(folded, i, end)) continue;
          return { actorId: null, start: i, end, kind: 'name' };
        }
        if (form.type === 'name') {
          if (!this.nameFits(form, text, folded, i, end)) continue;
          if (!form.latin && this.pairedBodyAt(folded, i, found[found.length - 1])) continue;
          if (form.person && !form.latin && this.insideLongerName(folded, i, found[found.length - 1])) continue;
          const mention: RawMention = { actorId: form.actorId, start: i, end, kind: 'name' };
          if (form.bare) mention.bare = true;
          return this.withInstitution(folded, mention, form.country);
        }
        if (shortFor !== null && form.actorId !== shortFor) continue;
        const shortEnd = this.shortFits(form, folded, i, end, found, seenFull);
        if (shortEnd < 0) continue;
        // 中美国防部: the body is both countries', not the second one's alone.
        const ownsBody = shortEnd === end && !this.pairedBodyAt(folded, i, found[found.length - 1]);
        return this.withInstitution(folded, { actorId: form.actorId, start: i, end: shortEnd, kind: 'short' }, ownsBody);
      }
    }
    return null;
  }

  private nameFits(form: NameForm, text: string, folded: string, i: number, end: number): boolean {
    if (form.disabled || this.followedBy(folded, end, form.notFollowedBy)) return false;
    // 新加坡时间上午9时: a country's clock is when, not who.
    if (form.country && codeAt(folded, end) === 0x65f6 && folded.startsWith('时间', end)) return false;
    // A family name joined to a given name by a dot is someone's full name, maybe someone else's.
    if (form.surname && (charAt(folded, i - 1) === '·' || charAt(folded, end) === '·')) return false;
    if (form.person && (NAMED_AFTER.test(folded.slice(end, end + 22)) || (form.latin && SHIP_PREFIX.test(text.slice(Math.max(0, i - 30), i))))) return false;
    if (form.bare && i > 0 && isHan(folded.charCodeAt(i - 1)) && !BEFORE_BARE_BODY.has(folded.charAt(i - 1))) return false;
    if (!form.latin) return true;
    if (end < folded.length && isLatinWordChar(folded.charCodeAt(end))) return false;
    if (form.demonym && DESCRIBED_NOUN.test(folded.slice(end, end + 40))) return false;
    if (form.metonym && !this.capitalActs(text, folded, i, end)) return false;
    if (i > 4 && folded.charCodeAt(i - 1) === 32 && this.tailOfLongerName(form, text, i, end)) return false;
    if (form.notFollowedByName && NAME_AFTER.test(text.slice(end, end + 3))) return false;
    if (form.exact === null) return true;
    const written = text.slice(i, end);
    if (written === form.exact || written === form.exact.toUpperCase()) return true;
    // British style writes acronyms said as words in title case (Nato, Unicef); US, Un are other words.
    return /^[A-Z]{4,}$/.test(form.exact) && written === form.exact.charAt(0) + form.exact.slice(1).toLowerCase();
  }

  /**
   * 纳斯鲁拉 is Nasrallah, not Lula (鲁拉): a known person's Chinese name right after two
   * characters that spell foreign names goes on a longer name nobody named here, unless
   * those characters end a name of their own (巴西 + 卢拉).
   */
  private insideLongerName(folded: string, i: number, previous: RawMention | undefined): boolean {
    if (i < 2 || previous?.end === i) return false;
    const one = folded.charAt(i - 1);
    const two = folded.charAt(i - 2);
    return one !== '·' && two !== '·' && isTransliterationChar(one) && isTransliterationChar(two);
  }

  /** A capital standing for its government: the subject of a government's verb, neither a place nor part of a name. */
  private capitalActs(text: string, folded: string, i: number, end: number): boolean {
    if (!GOVERNMENT_VERB.test(folded.slice(end, end + 30))) return false;
    const before = text.slice(Math.max(0, i - 30), i);
    return !PLACE_BEFORE.test(folded.slice(Math.max(0, i - 12), i)) && !NAME_BEFORE.test(before);
  }

  /**
   * A known name read inside a longer capitalised one: the Peace and Security
   * Council is not the (UN) Security Council, nor is the Central Committee of
   * Sudan Doctors the country Sudan.
   */
  private tailOfLongerName(form: NameForm, text: string, i: number, end: number): boolean {
    if (!JOINER_BEFORE.test(text.slice(Math.max(0, i - 5), i))) return false;
    const before = text.slice(Math.max(0, i - 40), i);
    if (form.country) return JOINED_BEFORE.test(before) && CAPITALISED_AFTER.test(text.slice(end, end + 3));
    return BODY_TAIL.test(text.slice(i, end)) && JOINED_BEFORE.test(before);
  }

  /** Where the short-form mention ends (after 方 for 美方), or -1 when the context is unsafe. */
  private shortFits(
    form: Extract<Form, { type: 'short' }>,
    folded: string,
    i: number,
    end: number,
    found: RawMention[],
    seenFull: ReadonlySet<string>,
  ): number {
    const before = charAt(folded, i - 1);
    if (NUMERALS.has(before)) return -1;
    // The tail of a foreign name (哈米德 + 总统) is not a country.
    if (isTransliterationChar(before) && before !== '·' && isTransliterationChar(charAt(folded, i - 2))) return -1;
    const ch = folded.charAt(i);
    if (form.contexts.has('suffix')) {
      const suffixes = NARROW_FORMS.has(ch) ? NARROW_SUFFIXES : SAFE_SUFFIXES;
      for (const suffix of suffixes) {
        if (!folded.startsWith(suffix, end)) continue;
        if (suffix === '方') {
          if (NOT_SIDE.has(folded.charAt(end + 1))) continue;
          return end + 1;
        }
        return end;
      }
    }
    if (form.contexts.has('pair')) {
      const previous = found[found.length - 1];
      if (previous && previous.kind === 'short' && previous.end === i && previous.actorId !== form.actorId) return end;
      const next = this.shortAt(folded, end) ?? this.shortBeforeBody(folded, end);
      if (next && next.contexts.has('pair') && next.actorId !== form.actorId && !NAME_GOES_ON.has(folded.charAt(end + 1))) return end;
    }
    // 在德期间 is in Germany; 在德卡伦步道 walks a trail whose name begins with 德 (a transliteration goes on).
    if (form.contexts.has('weak') && WEAK_BEFORE.has(before) && seenFull.has(form.actorId) && !(isTransliterationChar(folded.charAt(end)) && isTransliterationChar(folded.charAt(end + 1)))) return end;
    return -1;
  }

  /**
   * Only a known person's Chinese name starts at `pos`, right after two characters that spell
   * foreign names (纳斯|卢拉): a longer transliteration going on, not a word ending one (see insideLongerName).
   */
  personInsideNameAt(folded: string, pos: number): boolean {
    if (pos < 2 || !this.insideLongerName(folded, pos, undefined)) return false;
    const hits = this.trie.hitsAt(folded, pos).filter((h) => h.at - pos >= 2);
    return hits.length > 0 && hits.every((h) => h.values.every((f) => f.type === 'name' && f.person === true && !f.latin));
  }

  /** A name, alias, place or common word of two characters or more starts at `pos`. */
  wordStartsAt(folded: string, pos: number): boolean {
    return pos >= 0 && pos < folded.length && this.trie.startsWith(folded.charCodeAt(pos)) && this.trie.hitsAt(folded, pos).some((h) => h.at - pos >= 2);
  }

  /** The short form standing alone at `pos`, unless a longer word starts there. */
  private shortAt(folded: string, pos: number): Extract<Form, { type: 'short' }> | null {
    const hits = this.trie.hitsAt(folded, pos);
    for (let h = hits.length - 1; h >= 0; h--) {
      const { at: end, values } = hits[h]!;
      for (const form of values) {
        if (form.type === 'short') return form;
        if (form.type === 'blocker' && !this.followedBy(folded, end, form.notFollowedBy)) return null;
        if (form.type === 'name' && !form.latin && !this.followedBy(folded, end, form.notFollowedBy)) return null;
      }
    }
    return null;
  }

  /**
   * The pair-capable short form at `pos` when a body suffix follows it
   * (美 + 国防部): in 中美国防部 that is the pair's ministries, though
   * 美国防部 alone is the Pentagon.
   */
  private shortBeforeBody(folded: string, pos: number): Extract<Form, { type: 'short' }> | null {
    if (!this.suffixStarts.has(codeAt(folded, pos + 1)) || !this.institutions.some((body) => folded.startsWith(body.suffix, pos + 1))) return null;
    for (const { at, values } of this.trie.hitsAt(folded, pos)) {
      if (at !== pos + 1) continue;
      for (const form of values) if (form.type === 'short' && form.contexts.has('pair')) return form;
    }
    return null;
  }

  /** A name read at `pos` would start inside a pair of short forms followed by a body (中美|国防部). */
  private pairedBodyAt(folded: string, pos: number, previous: RawMention | undefined): boolean {
    if (!previous || previous.kind !== 'short' || previous.end !== pos) return false;
    const short = this.shortBeforeBody(folded, pos);
    return short !== null && short.actorId !== previous.actorId;
  }

  /** A blocker gives way when a name starts inside it and runs past it (从中国: 从中 + 中国). */
  private nameStartsInside(folded: string, start: number, end: number): boolean {
    for (let j = start + 1; j < end; j++) {
      for (const { at, values } of this.trie.hitsAt(folded, j)) {
        if (at > end && values.some((f) => f.type === 'name' && !f.latin)) return true;
      }
    }
    return false;
  }

  private followedBy(folded: string, end: number, words: string[] | undefined): boolean {
    return words !== undefined && words.some((w) => folded.startsWith(w, end));
  }

  /** 哈萨克斯坦 + 外交部 → the Kazakh foreign ministry, one mention. */
  private withInstitution(folded: string, mention: RawMention, isCountry: boolean): RawMention {
    if (!isCountry) return mention;
    for (const body of this.institutions) {
      if (!folded.startsWith(body.suffix, mention.end)) continue;
      if (this.followedBy(folded, mention.end + body.suffix.length, body.notFollowedBy)) continue;
      return {
        actorId: `${mention.actorId}-${body.id}`,
        start: mention.start,
        end: mention.end + body.suffix.length,
        kind: 'institution',
        institution: { country: mention.actorId, body },
      };
    }
    return mention;
  }
}
