/**
 * The actor registry: the gazetteer plus what the texts teach, behind the
 * `ActorRegistry` interface of `pipeline/types.ts`.
 *
 * Order independence: call `learn` on every paragraph of the corpus before
 * `find`. Learned ids come from the name itself (never a counter), aliases
 * and roles are kept as sets and sorted on output, so the same corpus gives
 * the same actors whatever order its paragraphs were learned in.
 */
import type { Actor, ActorKind, ActorRole } from '../../lib/schema.ts';
import type { ActorMention, ActorRegistry } from '../types.ts';
import { gazetteerActor, institutionActor, learnedActor, learnedEnglishName, type LearnedActor } from './actorRecords.ts';
import { foldText } from '../text/fold.ts';
import {
  allEntries,
  blockerWords,
  institutions,
  isLatinForm,
  places,
  type GazetteerEntry,
  type Institution,
} from './gazetteer.ts';
import {
  acronymIntroductions,
  apposedLatinName,
  bracketPairs,
  isHyphen,
  countryBodyEnd,
  countryBodyGloss,
  definiteBefore,
  GLUED_ARTICLE,
  introducedLatinNames,
  knownAsAfter,
  latinNameAfterTitle,
  companyStem,
  latinNameBeforeAsTitle,
  listedHoldersAfter,
  listedChineseNames,
  looksLikeAcronym,
  looksLikeOrganisation,
  looksLikeTerm,
  looksLikePersonName,
  nameAfterTitle,
  nameMayEndAt,
  namesAfterAges,
  foundersIn,
  namesBeforeTitles,
  photoCredits,
  schoolStartBefore,
  unknownNameInRun,
} from './learn.ts';
import { homeCountryOf, withDomesticBodies, type DomesticForm } from './domesticBodies.ts';
import { localBodiesIn } from './localBodies.ts';
import { ActorIndex, type NameForm, type RawMention } from './matcher.ts';
import { englishNameFor, isChineseName, isTransliterationChar, marriedShortForm, pinyinWord, shortHash, slug, syllableVariant } from './names.ts';
import { roleLexicon } from './roles.ts';
import { SurnameMemory } from './surnames.ts';
import { charAt, codeAt } from '../text/at.ts';

/** Sir Keir Starmer, Dame Priti Patel: the honorific and the given name, a capitalised word following. */
const HONOURED = /\b(Sir|Dame) (\p{Lu}[\p{L}'’-]+)(?= \p{Lu})/gu;
/** A gazetteer monarch's name: the title (Queen Elizabeth II, King Charles III). */
const ROYAL_NAME = /^(Queen|King) \p{Lu}/u;
/** A regnal name: the given name and its ordinal (Charles III). */
const REGNAL_NAME = /^(\p{Lu}\p{Ll}+) (?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/u;
/** Words after "the Queen" that make it another royal (folded: lower case). */
const ROYAL_TITLE_GOES_ON = [' consort', ' mother', ' of ', ' regent', ' dowager', ' mum'];
/** A plural title before a list of names: "advisers", "officials" (not "Press"). */
const PLURAL_TITLE = /[^s]s$/;
/** Ministries whose spokespeople and ministers the news names with the bare body (外交部发言人). */
const BARE_BODIES = new Set(['外交部', '国防部']);

/** High bytes of the CJK block: a country body's name goes on in Han characters. */
const COUNTRY_BODY_START = new Set(Array.from({ length: 0xa0 - 0x4e }, (_, k) => 0x4e + k));

/** Characters before a noun of people that make it an object (向示威者, 對記者, 與居民). */
const OBJECT_MARKERS = new Set('向对与和跟同给'.split(''));

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/*
 * "Ontario Premier Doug Ford … Ford Motor Co": a learned surname followed by a company's word
 * (folded) is the company's name, not the person's.
 */
const COMPANY_AFTER = [' motor', ' co ', ' co,', ' co.', ' corp', ' inc', ' company', ' group', ' holdings', ' ltd', ' industries', ' airlines'];

class Registry implements ActorRegistry {
  private readonly index = new ActorIndex(institutions);
  private readonly entries = new Map<string, GazetteerEntry>();
  /**
   * Folded form → the actor it names. A full name is never given to a second
   * actor; a surname (Rajapaksa) that two actors share names neither.
   */
  private readonly owner = new Map<string, { actorId: string; form: NameForm; surname: boolean }>();
  /** Learned actors by their key (folded Chinese name, or `latin:` + folded Latin name)… */
  private readonly learnedByKey = new Map<string, LearnedActor>();
  /** …and by id. */
  private readonly learnedById = new Map<string, LearnedActor>();
  /** Learned actor id → its key in learnedByKey, to give a Latin-only actor more spellings. */
  private readonly keyById = new Map<string, string>();
  private readonly learnedAliases = new Map<string, Set<string>>();
  private readonly institutionsUsed = new Map<string, { country: string; body: Institution }>();
  private readonly mentioned = new Set<string>();
  private readonly rolesSeen = new Map<string, Map<string, ActorRole>>();
  /** Bare body suffix (外交部) → the countries whose known holders the texts named with it. */
  private readonly bareBodies = new Map<string, Set<string>>();
  private readonly bareForms = new Map<string, NameForm>();
  /** Countries whose full name the texts used: their bare short form may then follow a preposition. */
  private readonly seenFull = new Set<string>();
  /** Countries the current article has named in full, with when (a running count): see matcher's sharedShortChoice. */
  private readonly namedInArticle = new Map<string, number>();
  private namings = 0;
  /** Surnames of the people the current article has named in full: see withSurnames. */
  private articleSurnames = new SurnameMemory();
  /** Whom the article's surnames already hold, and from which version of their names (see rememberSurnameOf). */
  private readonly articleRemembered = new Map<string, number>();
  /** The actors the current article has named so far, in order: its country for domestic bodies (homeCountryOf). */
  private articleActors: string[] = [];
  /** The forms that name a body only in an article about its country (the Senate): see GazetteerEntry.domestic. */
  private readonly domesticForms: DomesticForm[] = [];
  /**
   * The family part of gazetteer people's dotted Chinese names (鲍里斯·约翰逊 → 约翰逊),
   * by its first character: after a title it is that person (英国首相约翰逊).
   */
  private readonly familyParts = new Map<string, { family: string; ids: Set<string> }[]>();

  constructor() {
    for (const { word, notFollowedBy } of blockerWords) this.index.add(foldText(word), { type: 'blocker', notFollowedBy });
    for (const place of places) this.index.add(foldText(place), { type: 'blocker' });
    for (const entry of allEntries) {
      this.entries.set(entry.id, entry);
      const forms = [entry.names['zh-Hans'], entry.names['zh-Hant'], entry.names.en, entry.name, ...entry.aliases];
      // Downing Street is the government only when it acts ("Downing Street said"), not where Brady was summoned to.
      const metonyms = new Set(entry.capitals ?? []);
      for (const form of forms) if (!metonyms.has(form)) this.addForm(entry.id, form, { entry });
      for (const form of entry.demonyms ?? []) {
        this.addForm(entry.id, form, { entry, demonym: true });
        // The people by name ("Slovaks vote on June 8", "Germans"); not the demonyms that are their own plural (British, Chinese).
        if (/^[A-Z][a-z]+[^shxz]$/.test(form) && !/(?:ese|ish|ch)$/.test(form)) this.addForm(entry.id, `${form}s`, { entry, demonym: true });
      }
      for (const form of entry.capitals ?? []) this.addForm(entry.id, form, { entry, metonym: true });
      for (const form of entry.standalone ?? []) this.addForm(entry.id, form, { entry, bare: true });
      for (const form of entry.domestic ?? []) if (entry.country) this.domesticForms.push({ form: form.replace(/^the /, ''), actorId: entry.id, country: entry.country });
      if (entry.kind === 'person') {
        for (const form of forms) {
          const variant = form ? syllableVariant(form) : null;
          if (variant) this.addForm(entry.id, variant, { entry });
        }
        // 林鄭月娥 … 林鄭稱: a married name's double surname alone (the simplified form decides; both scripts taken).
        const zh = entry.names['zh-Hans'];
        if (zh && marriedShortForm(zh)) {
          for (const form of [zh, entry.names['zh-Hant']]) if (form?.length === 4) this.addForm(entry.id, form.slice(0, 2), { surname: true });
        }
      }
      if (entry.short) {
        this.index.add(entry.short, { type: 'short', actorId: entry.id, contexts: new Set(entry.shortContexts) });
      }
      if (entry.kind === 'person') {
        for (const form of [entry.names['zh-Hans'], entry.names['zh-Hant'], ...entry.aliases]) {
          if (!form?.includes('·')) continue;
          const family = foldText(form.split('·').pop()!);
          if (family.length < 2) continue;
          const list = this.familyParts.get(family.charAt(0)) ?? [];
          this.familyParts.set(family.charAt(0), list);
          const known = list.find((p) => p.family === family);
          if (known) known.ids.add(entry.id);
          else list.push({ family, ids: new Set([entry.id]) });
        }
      }
    }
  }

  /**
   * 英国首相约翰逊: the family part of one gazetteer person's dotted name right
   * after a title is that person, when the title's country (if any) is theirs
   * and no other gazetteer person has that family name. Null otherwise.
   */
  private knownByFamilyAfterTitle(folded: string, pos: number, country: string | null): { id: string; family: string } | null {
    let best: { id: string; family: string } | null = null;
    for (const { family, ids } of this.familyParts.get(charAt(folded, pos)) ?? []) {
      if (ids.size !== 1 || !folded.startsWith(family, pos) || !nameMayEndAt(folded, pos + family.length)) continue;
      const id = [...ids][0]!;
      if (country && this.entries.get(id)?.country !== country) continue;
      if (!best || family.length > best.family.length) best = { id, family };
    }
    return best;
  }

  startDocument(): void {
    this.namedInArticle.clear();
    this.articleSurnames = new SurnameMemory();
    this.articleRemembered.clear();
    this.articleActors = [];
  }

  private noteNamedCountries(mentions: readonly RawMention[]): void {
    for (const m of mentions) {
      if (m.kind === 'name' && this.entries.get(m.actorId)?.kind === 'country') this.namedInArticle.set(m.actorId, ++this.namings);
    }
  }

  learn(text: string): void {
    const folded = foldText(text);
    // What bare bodies (外交部) stand for depends on the corpus as a whole: learning must not see them, or its order would matter.
    const mentions = this.index
      .scan(text, folded, this.seenFull, this.namedInArticle)
      .filter((m, k, all) => !this.isBareBody(folded, m) && !(m.bare && this.claimedByOtherCountry(all, k)));
    for (const m of mentions) {
      if (m.kind === 'name' && this.entries.get(m.actorId)?.kind === 'country') this.seenFull.add(m.actorId);
    }
    this.noteNamedCountries(mentions);
    if (text.includes('Sir ') || text.includes('Dame ')) this.learnHonouredGivenNames(text, mentions);
    if (text.includes('Queen ') || text.includes('King ')) this.learnRoyalTitles(text, mentions);
    // A Latin title inside a known name (the General Assembly) introduces nobody.
    const titles = roleLexicon
      .titlesIn(folded)
      .filter((t) => !/^[a-z]/.test(folded.charAt(t.start)) || !mentions.some((m) => m.start <= t.start && t.start < m.end));
    for (const m of mentions) {
      // 伊朗人权组织 is an NGO and 伊朗学生通讯社 a news agency, neither the country.
      if (m.kind !== 'name' || !COUNTRY_BODY_START.has(codeAt(folded, m.end) >> 8) || this.kindOf(m.actorId) !== 'country') continue;
      const end = countryBodyEnd(folded, m.end);
      if (end < 0) continue;
      const country = this.entries.get(m.actorId)!;
      // 淡江大学中国大陆研究所 studies China: the body is the university's, its country unknown here.
      const school = schoolStartBefore(folded, m.start);
      if (school >= 0) {
        const zh = folded.slice(school, end);
        const gloss = countryBodyGloss(country.name, folded.slice(m.end, end));
        const university = `${pinyinWord(folded.slice(school, m.start - 2))} ${folded.endsWith('大学', m.start) ? 'University' : 'College'}`;
        if (!this.owner.has(zh)) this.learnActor(zh, 'organisation', gloss && `${university} ${gloss}`, null);
        continue;
      }
      const zh = folded.slice(m.start, end);
      if (this.owner.has(zh)) continue;
      this.learnActor(zh, 'organisation', countryBodyGloss(country.name, folded.slice(m.end, end)), m.actorId);
    }
    for (const body of localBodiesIn(folded)) {
      const zh = folded.slice(body.start, body.end);
      if (this.owner.has(zh)) continue;
      // 珠海市公安局 and 珠海警方 are one body; its id comes from its English name, whichever spelling came first.
      this.learnActor(zh, 'organisation', body.en, body.country, body.key, body.en);
      this.addForm(this.learnedByKey.get(body.key)!.id, zh);
    }
    this.learnBareBodies(folded, mentions, titles);
    this.learnBrackets(text, folded, mentions, titles);
    this.learnAcronyms(text, folded);
    for (const title of titles) {
      // "Suella Braverman resigned as home secretary": the name stands before the title.
      if (/^[a-z]/.test(folded.charAt(title.start))) {
        const holder = latinNameBeforeAsTitle(text, title.start);
        if (holder && !this.owner.has(foldText(holder)) && this.knowsNoPartOf(holder)) {
          const known = this.knownPersonBySurname(holder);
          if (known) this.addAlias(known, holder);
          else this.learnActor(null, 'person', holder, null);
        }
      }
      const country = this.countryBefore(folded, title.start, mentions);
      // A known name follows (Chinese: right after the title; English: after a space).
      const next = mentions.find((m) => m.start === title.end || m.start === title.end + 1);
      if (next) {
        if (country) this.learnedById.get(next.actorId)?.countries.add(country);
        continue;
      }
      const byFamily = this.knownByFamilyAfterTitle(folded, title.end, country);
      if (byFamily) {
        this.addForm(byFamily.id, byFamily.family, { surname: true });
        continue;
      }
      const entry = roleLexicon.lookup(title.role.zh);
      // 向示威者施放催泪弹: a noun of people in general as an object introduces nobody.
      if (entry?.group && OBJECT_MARKERS.has(charAt(folded, title.start - 1))) continue;
      const japanese = entry?.japanese ?? false;
      // 领导人纳斯卢拉: 卢拉 (Lula) inside the transliteration does not end the name.
      const zh = nameAfterTitle(folded, title.end, (p) => this.startsWord(folded, p) && !(p >= title.end + 2 && this.index.personInsideNameAt(folded, p)), japanese);
      if (zh) {
        const known = zh.includes('·') ? this.knownFamilyName(folded, title.end, zh, mentions) : null;
        if (known) this.addAlias(known.actorId, folded.slice(title.end, known.end));
        else {
          this.learnActor(zh, 'person', null, country);
          // 法官杜丽冰、李运腾及李素兰: the title heads a list of names.
          if (isChineseName(zh)) {
            for (const other of listedChineseNames(folded, title.end + zh.length, (p) => this.startsWord(folded, p))) {
              if (!this.owner.has(other)) this.learnActor(other, 'person', null, country);
            }
          }
          // 外相 also names other countries' ministers (英国外相): only Japan's, or no country's, read as Japanese.
          const learned = this.learnedByKey.get(zh);
          if (japanese && learned && !zh.includes('·') && (!country || country === 'japan') && !isChineseName(zh)) {
            learned.japanese = true;
            // 坂本雅信 is then 坂本 alone, as 岸田文雄 is 岸田: a four-character Japanese name has a two-character family name.
            if (zh.length === 4) this.addForm(learned.id, zh.slice(0, 2), { surname: true });
          }
        }
      }
      else if (/^[a-z]/.test(folded.charAt(title.start))) {
        // An apposition names the holder even where the title is written in lower case.
        const latin = apposedLatinName(text, title.start, title.end) ?? (this.titleAsPlainWord(text, title) ? null : latinNameAfterTitle(text, title.end));
        if (latin && !this.owner.has(foldText(latin))) {
          const known = this.knownPersonBySurname(latin);
          if (known) {
            this.addAlias(known, latin);
            continue;
          }
          this.learnActor(null, 'person', latin, country);
          const nickname = knownAsAfter(text, text.indexOf(latin, title.end) + latin.length);
          if (nickname && !this.owner.has(foldText(nickname))) this.learnActor(null, 'person', nickname, null, `latin:${foldText(latin)}`);
          this.learnSecondHolder(text, title, latin, country);
          for (const listed of listedHoldersAfter(text, text.indexOf(latin, title.end) + latin.length)) {
            if (!this.owner.has(foldText(listed)) && this.knowsNoPartOf(listed) && !this.knownPersonBySurname(listed)) this.learnActor(null, 'person', listed, null);
          }
        }
      }
    }
    for (const zh of namesBeforeTitles(folded, (p) => this.startsWord(folded, p))) {
      if (!this.owner.has(zh)) this.learnActor(zh, 'person', null, null);
    }
    if (folded.includes('岁的')) {
      for (const zh of namesAfterAges(folded, (p) => this.startsWord(folded, p))) {
        if (!this.owner.has(zh)) this.learnActor(zh, 'person', null, null);
      }
    }
    if (folded.includes('由')) {
      for (const zh of foundersIn(folded, (p) => this.startsWord(folded, p))) {
        if (!this.owner.has(zh)) this.learnActor(zh, 'person', null, null);
      }
    }
    for (const name of introducedLatinNames(text)) {
      if (this.knowsNoPartOf(name) || this.otherBearerOfSurname(name)) this.learnActor(null, 'person', name, null);
    }
  }

  /**
   * A gazetteer body's bare form (央行, 教育局) after another country named
   * earlier in the text is that country's body (土耳其…，央行), not the entry's.
   */
  private claimedByOtherCountry(mentions: RawMention[], k: number): boolean {
    const own = this.entries.get(mentions[k]!.actorId)?.country;
    if (!own) return false;
    for (let j = 0; j < k; j++) {
      const m = mentions[j]!;
      const country = m.institution?.country ?? (this.entries.get(m.actorId)?.kind === 'country' ? m.actorId : null);
      if (country && country !== own) return true;
    }
    return false;
  }

  private isBareBody(folded: string, m: RawMention): boolean {
    return this.bareForms.size > 0 && m.kind === 'name' && this.institutionsUsed.has(m.actorId) && BARE_BODIES.has(folded.slice(m.start, m.end));
  }

  /**
   * A ministry named without its country (外交部发言人毛宁) is the country of a
   * known holder named with it. When the corpus names holders of one
   * country only, its bare 外交部 elsewhere (外交部就…发表声明) is that
   * country's; holders of two countries leave it nobody's. Evidence, not the
   * script: Taiwan's outlets write 外交部 for theirs, RFA writes 中国外交部.
   */
  private learnBareBodies(folded: string, mentions: RawMention[], titles: { start: number; end: number }[]): void {
    // Most paragraphs name no ministry at all.
    if (!folded.includes('部')) return;
    for (const body of institutions) {
      if (!BARE_BODIES.has(body.suffix)) continue;
      for (let at = folded.indexOf(body.suffix); at >= 0; at = folded.indexOf(body.suffix, at + 1)) {
        if (mentions.some((m) => m.start < at && m.end > at) || this.countryBefore(folded, at, mentions)) continue;
        const title = titles.find((t) => (t.start === at || t.start === at + body.suffix.length) && t.end > at);
        const holder = title && mentions.find((m) => m.start === title.end && m.kind === 'name');
        const country = holder && this.entries.get(holder.actorId)?.kind === 'person' ? this.entries.get(holder.actorId)!.country : undefined;
        if (!country) continue;
        const evidence = this.bareBodies.get(body.suffix) ?? new Set<string>();
        this.bareBodies.set(body.suffix, evidence);
        if (evidence.has(country)) continue;
        evidence.add(country);
        const id = `${country}-${body.id}`;
        if (evidence.size === 1) {
          this.institutionsUsed.set(id, { country, body });
          const form: NameForm = { type: 'name', actorId: id, latin: false, exact: null, notFollowedBy: body.notFollowedBy, country: false, bare: true };
          this.bareForms.set(body.suffix, form);
          this.index.add(body.suffix, form);
        } else this.bareForms.get(body.suffix)!.disabled = true;
      }
    }
  }

  /**
   * 阿里·哈梅内伊, 易卜拉欣·莱希: a dotted name whose last part is a known
   * person's name is that person's full name, not someone new. The name ends
   * where the known one does (哈梅内伊本周一首次 is the name and what follows).
   */
  private knownFamilyName(folded: string, start: number, zh: string, mentions: RawMention[]): RawMention | null {
    const end = start + zh.length;
    for (const m of mentions) {
      if (m.start <= start || m.start > end || folded.charAt(m.start - 1) !== '·' || m.kind !== 'name') continue;
      if (folded.slice(m.start, m.end).includes('·')) continue;
      const entry = this.entries.get(m.actorId);
      if (entry?.kind === 'person') return m;
    }
    return null;
  }

  /**
   * Volodymyr Zelenskiy, when the gazetteer knows one person by Zelenskiy and
   * by the same first name: that person written in full, not someone new.
   * The first name must agree (Hunter Biden is not Joe Biden).
   */
  private knownPersonBySurname(latin: string): string | null {
    const words = latin.split(' ');
    if (words.length < 2) return null;
    const owner = this.owner.get(foldText(words[words.length - 1]!.replace(GLUED_ARTICLE, '')));
    if (!owner || owner.form.disabled) return null;
    const entry = this.entries.get(owner.actorId);
    if (entry?.kind !== 'person') return null;
    const first = foldText(words[0]!);
    const given = [entry.names.en, entry.name, ...entry.aliases].filter((f): f is string => !!f && isLatinForm(f) && f.includes(' '));
    return given.some((f) => foldText(f.split(' ')[0]!) === first) ? entry.id : null;
  }

  /**
   * 米勒（Matthew Miller）: a Chinese name written with the Latin name of a
   * gazetteer person is that person's, however the gazetteer spells them in
   * Chinese (马修·米勒).
   */
  private knownPersonByLatin(latin: string[]): string | null {
    for (const form of latin) {
      const owner = this.owner.get(foldText(form));
      if (owner && !owner.surname && this.entries.get(owner.actorId)?.kind === 'person') return owner.actorId;
    }
    return null;
  }

  /** The country an actor belongs to (a country is its own). */
  private countryOf(id: string): string | null {
    const entry = this.entries.get(id);
    if (entry) return entry.kind === 'country' ? entry.id : (entry.country ?? null);
    const learned = this.learnedById.get(id);
    if (learned) return learned.countries.size === 1 ? [...learned.countries][0]! : null;
    return this.institutionsUsed.get(id)?.country ?? null;
  }

  /**
   * "Film director James Cameron, who has made 33 dives": a gazetteer person known by the
   * surname alone (David Cameron, alias Cameron) with another given name before it is someone
   * else (as Hunter Biden is not Joe Biden). Only the last word may be known, as a person's
   * one-word form, and the first word must not be one of that person's given names.
   */
  private otherBearerOfSurname(name: string): boolean {
    const words = name.split(' ');
    if (words.length < 2 || roleLexicon.titlesIn(foldText(name)).length) return false;
    const known = (form: string) => this.entries.has(this.owner.get(foldText(form))?.actorId ?? '');
    if (words.slice(0, -1).some(known)) return false;
    const owner = this.owner.get(foldText(words.at(-1)!));
    if (!owner || owner.form.disabled || this.entries.get(owner.actorId)?.kind !== 'person') return false;
    return this.knownPersonBySurname(name) === null;
  }

  /**
   * No word of an untitled name is a known name, place or title: "New Delhi,
   * the capital" and "Awami League, the ruling party" name no person, and
   * "President Biden, 80" is the title path's.
   */
  private knowsNoPartOf(name: string): boolean {
    // Gazetteer names only: what other paragraphs taught would make the result depend on their order.
    const known = (form: string) => this.entries.has(this.owner.get(foldText(form))?.actorId ?? '');
    if (known(name) || roleLexicon.titlesIn(foldText(name)).length) return false;
    return !name.split(' ').some(known);
  }

  find(text: string): ActorMention[] {
    const folded = foldText(text);
    const raw = this.index.scan(text, folded, this.seenFull, this.namedInArticle);
    this.noteNamedCountries(raw);
    // 托卡耶夫（Kassym-Schomart Tokajew）is one mention: the bracket only spells the name.
    // So is Economic Community of West African States (ECOWAS), with its space.
    const credits = photoCredits(text);
    const kept = raw.filter((m, k) => {
      if (credits.length && credits.some((c) => c.start <= m.start && m.end <= c.end)) return false;
      if (m.bare && this.claimedByOtherCountry(raw, k)) return false;
      const prev = raw[k - 1];
      if (!prev || prev.actorId !== m.actorId || folded.charAt(m.start - 1) !== '(') return true;
      return !(prev.end === m.start - 1 || (prev.end === m.start - 2 && folded.charAt(prev.end) === ' '));
    });
    // A plain loop rather than map: an empty map result has another hidden
    // class than a full one, and each class met late throws away the
    // compiled event code these mentions go through.
    const mentions: ActorMention[] = [];
    for (const m of kept) mentions.push(this.record(text, folded, m));
    return this.withSurnames(text, mentions);
  }

  /**
   * "President Joe Biden and House Speaker Kevin McCarthy … Biden and McCarthy reach tentative
   * deal": once this article has named a person in full, the surname alone is that person in
   * what is looked up after (a related headline as much as a sentence), unless two of the
   * article's people share it (see SurnameMemory).
   */
  private withSurnames(text: string, mentions: ActorMention[]): ActorMention[] {
    let completed = this.articleSurnames.complete(text, mentions);
    if (completed !== mentions) for (const m of completed) this.mentioned.add(m.actorId);
    if (this.domesticForms.length && (text.includes('Senate') || text.includes('House'))) {
      const before = completed;
      // The article's country: those it named so far, and this text's own.
      completed = withDomesticBodies(text, completed, this.domesticForms, () => homeCountryOf([...this.articleActors, ...before.map((m) => m.actorId)], (id) => this.countryOf(id)));
      for (const m of completed) this.mentioned.add(m.actorId);
    }
    // Only kept: their countries are tallied when a domestic body is looked for (rarely), not on every text.
    for (const m of completed) this.articleActors.push(m.actorId);
    for (const m of mentions) this.rememberSurnameOf(m.actorId);
    return completed;
  }

  /**
   * A person's surname for the article, once: a gazetteer person's names do not change; a
   * learned one's are read again only when the texts have given it another Latin spelling.
   */
  private rememberSurnameOf(id: string): void {
    const entry = this.entries.get(id);
    const learned = entry ? undefined : this.learnedById.get(id);
    const version = entry ? 0 : (learned?.latin.size ?? -1);
    if (this.articleRemembered.get(id) === version) return;
    this.articleRemembered.set(id, version);
    if (entry?.kind === 'person') this.articleSurnames.rememberNames(id, entry.names.en, entry.names['zh-Hans']);
    // Its names as actorFor(id) would give them (names.en, names['zh-Hans']), without building the record.
    else if (learned?.kind === 'person') this.articleSurnames.rememberNames(id, learnedEnglishName(learned), learned.zh ?? '');
  }

  actors(): Actor[] {
    return [...this.mentioned].sort(byString).map((id) => this.actorFor(id));
  }

  get(id: string): Actor | undefined {
    if (this.entries.has(id) || this.learnedById.has(id) || this.institutionsUsed.has(id)) return this.actorFor(id);
    // A country body not mentioned yet: kazakhstan-foreign-ministry.
    for (const body of institutions) {
      const country = id.endsWith(`-${body.id}`) ? this.entries.get(id.slice(0, -body.id.length - 1)) : undefined;
      if (country?.kind !== 'country') continue;
      this.institutionsUsed.set(id, { country: country.id, body });
      return this.actorFor(id);
    }
    return undefined;
  }

  private record(text: string, folded: string, m: RawMention): ActorMention {
    this.mentioned.add(m.actorId);
    if (m.institution) this.institutionsUsed.set(m.actorId, m.institution);
    // 俄罗斯国家反恐委员会: a body named with its country first names the country too (events count it, see participants).
    if (m.kind !== 'short') {
      const country = this.countryNamedFirst(folded, m);
      if (country) this.mentioned.add(country);
    }
    const mention: ActorMention = { actorId: m.actorId, text: text.slice(m.start, m.end), start: m.start, end: m.end };
    if (this.kindOf(m.actorId) === 'person') {
      const hit = roleLexicon.roleBefore(folded, m.start) ?? this.apposedRole(text, folded, m.start);
      if (hit) {
        mention.role = hit.role;
        const seen = this.rolesSeen.get(m.actorId) ?? new Map<string, ActorRole>();
        seen.set(`${hit.role.zh}\u0000${hit.role.en}`, hit.role);
        this.rolesSeen.set(m.actorId, seen);
      }
    }
    return mention;
  }

  /**
   * Ukraine's deputy defence minister, Hanna Maliar: the definite title
   * before the comma is the apposed name's role.
   */
  private apposedRole(text: string, folded: string, start: number) {
    if (start < 4 || folded.charCodeAt(start - 1) !== 32 || folded.charCodeAt(start - 2) !== 44) return null;
    const from = Math.max(0, start - 80);
    // The Latin titles are keyed with the space before the name: put one where the comma is.
    const probe = `${folded.slice(from, start - 2)} `;
    const hit = roleLexicon.roleBefore(probe, probe.length);
    return hit && definiteBefore(text, from + hit.start) ? hit : null;
  }

  private learnBrackets(text: string, folded: string, mentions: RawMention[], titles: { start: number; end: number }[]): void {
    for (const pair of bracketPairs(text, folded)) {
      const known = mentions.find((m) => m.end === pair.hanEnd && m.start >= pair.hanStart && m.kind !== 'short');
      if (known) {
        for (const latin of pair.latin) this.addAlias(known.actorId, latin);
        continue;
      }
      // A known name a hyphen joins to the next (冈萨雷斯-奥拉埃切亚) is only the first half of the run's name.
      const inRun = (end: number) => (end > pair.hanStart && end < pair.hanEnd && !isHyphen(folded.charCodeAt(end)) ? end - pair.hanStart : 0);
      const lastKnownEnd = Math.max(0, ...mentions.map((m) => inRun(m.end)));
      const lastTitleEnd = Math.max(0, ...titles.map((t) => inRun(t.end)));
      const lastPersonEnd = Math.max(0, ...mentions.map((m) => (this.kindOf(m.actorId) === 'person' ? inRun(m.end) : 0)));
      const run = folded.slice(pair.hanStart, pair.hanEnd);
      const unknown = unknownNameInRun(run, lastKnownEnd, lastTitleEnd, lastPersonEnd);
      if (!unknown) {
        this.learnOtherSpelling(run, pair.latin);
        continue;
      }
      if (this.owner.has(unknown.zh)) continue;
      const latin = pair.latin[0]!;
      // 专属经济海域（EEZ）: an acronym also abbreviates terms, areas and treaties.
      const kind: ActorKind | null = looksLikeOrganisation(unknown.zh) || (looksLikeAcronym(latin) && !unknown.titled && !looksLikeTerm(unknown.zh))
        ? 'organisation'
        : looksLikePersonName(latin) || unknown.titled
          ? 'person'
          : null;
      if (!kind) continue; // a single Latin word after an unknown name is as likely a place (阿拉木图（Almaty）)
      const person = kind === 'person' ? this.knownPersonByLatin(pair.latin) : null;
      if (person) {
        // 瓦格纳首脑普里格钦（Yevgeny Prigozhin）: what follows a known body may still start with a title.
        this.addForm(person, this.spelledLike(person, unknown.zh) ?? unknown.zh);
        for (const form of pair.latin) this.addAlias(person, form);
        continue;
      }
      let zhStart = pair.hanEnd - unknown.zh.length;
      // 美国广播公司（ABC）: a body's name starts with the country before it.
      const countryFirst = kind === 'organisation' ? mentions.find((m) => m.end === zhStart && m.kind === 'name' && this.kindOf(m.actorId) === 'country') : undefined;
      const ownName = unknown.zh;
      if (countryFirst) {
        zhStart = countryFirst.start;
        unknown.zh = folded.slice(zhStart, pair.hanEnd);
        if (this.owner.has(unknown.zh)) continue;
      }
      // 意大利专家马尔科·罗西（Marco Rossi）: the country stands before the title.
      const title = titles.find((t) => t.end === zhStart);
      const country = countryFirst ? countryFirst.actorId : this.countryBefore(folded, title ? title.start : zhStart, mentions);
      for (const form of pair.latin) this.learnActor(unknown.zh, kind, form, country);
      // 长荣海运 … 长荣: the stem of a company's name (not one that starts with a country: 日本正荣汽船).
      const stem = kind === 'organisation' && !countryFirst ? companyStem(unknown.zh) : null;
      if (stem) this.addForm(this.learnedByKey.get(unknown.zh)!.id, stem, { surname: true });
      // 日本正荣汽船 … 正荣汽船曾发表声明: a company named with its country first is later named without it.
      if (countryFirst && companyStem(ownName)) this.addForm(this.learnedByKey.get(unknown.zh)!.id, ownName, { surname: true });
    }
  }

  /**
   * 瓦格納首腦普里格欽（Yevgeny Prigozhin）: a Chinese spelling the transliteration table cannot
   * cut from the run (欽 is no syllable it knows) is still the gazetteer person's whose Latin name
   * the bracket gives. The outlet's spelling starts as the gazetteer's does (普里格欽, 普里戈任), so
   * it runs from the last character of the run that starts one of the person's Chinese names,
   * about as long as that name; later bare mentions (普里格欽) are then that person's.
   */
  private learnOtherSpelling(run: string, latin: string[]): void {
    const person = this.knownPersonByLatin(latin);
    const zh = person ? this.spelledLike(person, run) : null;
    if (zh && !this.owner.has(zh)) this.addForm(person!, zh);
  }

  /** The end of `run` spelled as one of the gazetteer person's Chinese names starts (see learnOtherSpelling), or null. */
  private spelledLike(person: string, run: string): string | null {
    const entry = this.entries.get(person);
    if (!entry) return null;
    const spellings = [entry.names['zh-Hans'], entry.names['zh-Hant'], ...entry.aliases]
      .filter((f): f is string => !!f && !isLatinForm(f))
      .map((f) => foldText(f).replace(/·/g, ''));
    for (let start = run.length - 2; start >= Math.max(0, run.length - 8); start--) {
      const zh = run.slice(start);
      if (spellings.some((f) => f.charAt(0) === zh.charAt(0) && f.charAt(1) === zh.charAt(1) && Math.abs(f.length - zh.length) <= 1)) return zh;
    }
    return null;
  }

  /**
   * A title the lexicon spells capitalised (General, Major) written in lower
   * case is as likely a plain word (a major Western power): it introduces nobody.
   */
  private titleAsPlainWord(text: string, title: { start: number; end: number; role: { zh: string } }): boolean {
    const written = text.slice(title.start, title.end);
    if (!/^\p{Ll}/u.test(written)) return false;
    const spellings = roleLexicon.lookup(title.role.zh)?.latin ?? [];
    return spellings.some((s) => s.toLowerCase() === written.toLowerCase() && /^\p{Lu}/u.test(s));
  }

  /** Economic Community of West African States (ECOWAS): one body, both spellings. */
  private learnAcronyms(text: string, folded: string): void {
    for (const { name, acronym } of acronymIntroductions(text, folded)) {
      const byName = this.owner.get(foldText(name));
      const byAcronym = this.owner.get(foldText(acronym));
      if (byName && byAcronym) continue;
      if (byName) {
        if (this.kindOf(byName.actorId) === 'organisation') this.addAlias(byName.actorId, acronym);
      } else if (byAcronym && !this.spellsOtherBody(byAcronym.actorId, name)) {
        // A short acronym (UN) may spell something else too: only a body takes the long name.
        if (this.kindOf(byAcronym.actorId) === 'organisation' && !byAcronym.surname) this.addAlias(byAcronym.actorId, name);
      } else if (byAcronym) {
        // Rapid Support Forces (RSF) is not the gazetteer's RSF (Reporters Without Borders): the text's
        // own expansion says what the acronym means wherever the corpus writes it.
        const key = `latin:${foldText(name)}`;
        this.learnActor(null, 'organisation', name, null);
        byAcronym.form.disabled = true;
        this.owner.delete(foldText(acronym));
        this.learnActor(null, 'organisation', acronym, null, key);
      } else {
        const key = `latin:${foldText(name)}`;
        this.learnActor(null, 'organisation', name, null);
        this.learnActor(null, 'organisation', acronym, null, key);
      }
    }
  }

  /**
   * A gazetteer body's acronym introduced with an expansion that shares no
   * word with any of the body's names: another body with the same letters.
   * Spelling variants (Organisation, Organization) share their stems.
   */
  private spellsOtherBody(actorId: string, name: string): boolean {
    const entry = this.entries.get(actorId);
    if (!entry || entry.kind !== 'organisation') return false;
    const stems = (s: string) => (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5));
    const known = new Set([entry.name, entry.names.en, ...entry.aliases].filter(Boolean).flatMap((s) => stems(s!)));
    const own = stems(name);
    return own.length > 0 && !own.some((w) => known.has(w));
  }

  /** Create or extend a learned actor, keyed by its Chinese name (or its Latin one). */
  private learnActor(
    zh: string | null,
    kind: ActorKind,
    latin: string | null,
    country: string | null,
    key = zh ?? `latin:${foldText(latin ?? '')}`,
    idBase?: string,
  ): void {
    let actor = this.learnedByKey.get(key);
    if (!actor) {
      // From the name alone (never the kind or a bracket seen elsewhere): the id must not depend on other articles.
      const base = idBase ?? (zh ? englishNameFor(zh).name : latin!);
      actor = { id: `${slug(base) || 'actor'}-${shortHash(key)}`, zh, kind, latin: new Set(), countries: new Set() };
      this.learnedByKey.set(key, actor);
      this.learnedById.set(actor.id, actor);
      this.keyById.set(actor.id, key);
      if (zh) this.addForm(actor.id, zh);
      // 叶刘淑仪 … 叶刘表示: a learned married name's double surname alone (see marriedShortForm).
      const married = kind === 'person' && zh && isChineseName(zh) ? marriedShortForm(zh) : null;
      if (married) this.addForm(actor.id, married, { surname: true });
      // 戈塔巴雅·拉贾帕克萨 is later written 拉贾帕克萨 alone; 穆萨伊德·本·穆罕默德·艾班 is 艾班: a
      // two-character family part stands alone too when the name has three parts or more and both
      // its characters spell syllables (阿里 of 阿里·沙姆哈尼 is a given name, and two parts keep to three).
      const parts = zh?.split('·') ?? [];
      const family = parts.at(-1);
      if (family && family !== zh && (family.length >= 3 || (family.length === 2 && parts.length >= 3 && [...family].every(isTransliterationChar)))) {
        this.addForm(actor.id, family, { surname: true });
      }
    }
    if (kind === 'organisation') actor.kind = 'organisation';
    if (country) actor.countries.add(country);
    if (latin && !actor.latin.has(latin)) {
      actor.latin.add(latin);
      this.addForm(actor.id, latin);
      this.addSurname(actor.id, latin);
    }
  }

  /**
   * "Prime Minister Sir Keir Starmer … Sir Keir said": British style names a knight or dame
   * by the honorific and given name after the full name. "Sir Keir Starmer" written where
   * Starmer is a known person teaches "Sir Keir" as his (a form of two words, matched in any case).
   */
  private learnHonouredGivenNames(text: string, mentions: RawMention[]): void {
    for (const m of text.matchAll(HONOURED)) {
      const given = m.index + m[1]!.length + 1;
      const surname = given + m[2]!.length + 1;
      const person = mentions.find((x) => (x.start === given || x.start === surname) && this.kindOf(x.actorId) === 'person');
      // Two knights of one given name (Sir John Major, Sir John Curtice) leave it nobody's, as a shared surname.
      if (person) this.addForm(person.actorId, `${m[1]} ${m[2]}`, { surname: true });
    }
  }

  /**
   * "Trump campaign advisers Susie Wiles and Chris LaCivita said": a plural title names every
   * holder of a list joined by "and", the second name as much as the first.
   */
  private learnSecondHolder(text: string, title: { start: number; end: number }, first: string, country: string | null): void {
    if (!PLURAL_TITLE.test(text.slice(title.start, title.end))) return;
    const after = text.indexOf(first, title.end) + first.length;
    if (!text.startsWith(' and ', after)) return;
    const second = latinNameAfterTitle(text, after + 4);
    if (second && !this.owner.has(foldText(second)) && this.knowsNoPartOf(second)) this.learnActor(null, 'person', second, country);
  }

  /**
   * "King Charles III … Queen Elizabeth II … The Queen died": British style names the monarch
   * by the bare title once the full name was given, as "Sir Keir" names Starmer. A gazetteer
   * person whose name is a royal title and a name, written with the title here, teaches "the
   * Queen" (not "the Queen Consort", "the Queen Mother", "the Queen of …") and a regnal name's
   * given name alone ("Charles paid tribute", not "Charles Michel": no capitalised word after).
   * Two monarchs of one title leave it nobody's, as a shared surname.
   */
  private learnRoyalTitles(text: string, mentions: RawMention[]): void {
    for (const m of mentions) {
      const entry = this.entries.get(m.actorId);
      if (entry?.kind !== 'person') continue;
      const title = ROYAL_NAME.exec(entry.name)?.[1];
      if (!title) continue;
      const written = text.slice(Math.max(0, m.start - title.length - 1), m.end);
      if (!written.includes(`${title} `)) continue;
      this.addForm(m.actorId, `the ${title}`, { surname: true, notFollowedBy: ROYAL_TITLE_GOES_ON });
      const given = REGNAL_NAME.exec(entry.names.en)?.[1];
      if (given) this.addForm(m.actorId, given, { surname: true, notFollowedByName: true });
    }
  }

  private addAlias(actorId: string, latin: string): void {
    const learned = this.learnedById.get(actorId);
    if (learned) return this.learnActor(learned.zh, learned.kind, latin, null, this.keyById.get(actorId));
    const aliases = this.learnedAliases.get(actorId) ?? new Set<string>();
    this.learnedAliases.set(actorId, aliases);
    if (this.addForm(actorId, latin)) aliases.add(latin);
    if (this.kindOf(actorId) === 'person') {
      const surname = this.addSurname(actorId, latin);
      if (surname) aliases.add(surname);
    }
  }

  /** Kassym-Schomart Tokajew also teaches Tokajew, for English text that uses the surname alone. */
  private addSurname(actorId: string, latin: string): string | null {
    const words = latin.split(/\s+/);
    // Abdel Fattah al-Burhan is later Burhan alone.
    const last = words[words.length - 1]!.replace(GLUED_ARTICLE, '');
    if (words.length < 2 || last.length < 4 || !/^\p{Lu}/u.test(last) || this.kindOf(actorId) !== 'person') return null;
    return this.addForm(actorId, last, { surname: true, notFollowedBy: COMPANY_AFTER }) ? last : null;
  }

  /**
   * Index one written form; false when another actor already owns it.
   * Whichever order actors are learned in, a surname two of them share ends
   * up disabled and a full name wins over a surname.
   */
  private addForm(
    actorId: string,
    text: string,
    options: { entry?: GazetteerEntry; surname?: boolean; bare?: boolean; demonym?: boolean; metonym?: boolean; notFollowedBy?: string[]; notFollowedByName?: boolean } = {},
  ): boolean {
    const key = foldText(text.trim());
    if (!key) return false;
    const surname = options.surname ?? false;
    const existing = this.owner.get(key);
    if (existing?.actorId === actorId) {
      if (!surname && existing.surname) existing.surname = existing.form.surname = existing.form.disabled = false;
      return true;
    }
    if (existing && (surname || !existing.surname)) {
      if (surname && existing.surname) existing.form.disabled = true;
      return false;
    }
    if (existing) existing.form.disabled = true; // a full name takes the place of another actor's surname
    const latin = isLatinForm(text);
    // One Latin word is matched in its written case (Turkey, not turkey); longer names in any case.
    const exact = latin && !/[\s-]/.test(text.trim()) ? text.trim() : null;
    const { entry } = options;
    const form: NameForm = { type: 'name', actorId, latin, exact, notFollowedBy: options.notFollowedBy ?? entry?.notFollowedBy, country: entry?.kind === 'country' };
    if (options.notFollowedByName) form.notFollowedByName = true;
    if ((entry?.kind ?? this.kindOf(actorId)) === 'person') form.person = true;
    if (surname) form.surname = true;
    if (options.bare) form.bare = true;
    if (options.demonym) form.demonym = true;
    if (options.metonym) form.metonym = true;
    this.owner.set(key, { actorId, form, surname });
    this.index.add(key, form);
    return true;
  }

  /** A known name, place, title or common word starts at `pos`: an unknown name ends there. */
  private startsWord(folded: string, pos: number): boolean {
    return this.index.wordStartsAt(folded, pos) || roleLexicon.titleStartsAt(folded, pos);
  }

  /** The country a title or name belongs to: the mention right before it (法国外交部发言人, 德国外长). */
  private countryBefore(folded: string, start: number, mentions: RawMention[]): string | null {
    const gap = charAt(folded, start - 1) === ' ' ? 1 : 0; // French historian Jean Dupont
    const before = mentions.filter((m) => m.end === start || m.end === start - gap);
    const m = before[before.length - 1];
    if (!m) return null;
    // 中国驻哈萨克斯坦大使: the ambassador is China's.
    if (charAt(folded, m.start - 1) === '驻') return this.countryBefore(folded, m.start - 1, mentions);
    if (m.institution) return m.institution.country;
    return this.kindOf(m.actorId) === 'country' ? m.actorId : (this.entries.get(m.actorId)?.country ?? null);
  }

  /** The country a learned body's name (as written here) starts with, when the body is that country's. */
  private countryNamedFirst(folded: string, m: RawMention): string | null {
    // Learned bodies only: a gazetteer institution (美国财政部) is glossed with its country already.
    const learned = this.learnedById.get(m.actorId);
    if (learned?.kind !== 'organisation') return null;
    for (const country of learned.countries) if (this.startsWithCountry(folded, m, country)) return country;
    return null;
  }

  private startsWithCountry(folded: string, m: RawMention, country: string): string | null {
    const entry = this.entries.get(country);
    if (entry?.kind !== 'country') return null;
    const zh = entry.names['zh-Hans'];
    return m.end - m.start > zh.length && folded.startsWith(zh, m.start) ? country : null;
  }

  private kindOf(id: string): ActorKind | undefined {
    return this.entries.get(id)?.kind ?? this.learnedById.get(id)?.kind ?? (this.institutionsUsed.has(id) ? 'organisation' : undefined);
  }

  private actorFor(id: string): Actor {
    const roles = [...(this.rolesSeen.get(id)?.values() ?? [])];
    const entry = this.entries.get(id);
    if (entry) return gazetteerActor(entry, this.learnedAliases.get(id), roles);
    const learned = this.learnedById.get(id);
    if (learned) return learnedActor(learned, roles);
    const { country, body } = this.institutionsUsed.get(id)!;
    return institutionActor(id, this.entries.get(country)!, body, roles);
  }
}

/** A registry over the gazetteer, ready to learn from texts and find actors in them. */
export function createActorRegistry(): ActorRegistry {
  return new Registry();
}
