/**
 * Shapes passed between the build-time pipeline stages
 * (decode → parse → sentences → dates → actors → events → ids).
 * The output contract lives in `src/lib/schema.ts`; these are the
 * intermediate forms, never written to disk.
 */
import type { Actor, DateValue, Diagnostic, ParagraphKind, DateRule } from '../lib/schema.ts';

/** A paragraph as read from the seed, before ids are given. */
export interface ParsedParagraph {
  kind: ParagraphKind;
  text: string;
  /** Related articles: their address, http(s) only. */
  url?: string;
  /** 1-based line of the seed file where the paragraph starts. */
  line: number;
}

/** A seed file after decoding and parsing, before extraction. */
export interface ParsedSeed {
  file: string;
  title: string;
  url: string;
  /** Publication instant, or null when the seed has no usable timestamp. */
  published: Date | null;
  language: 'zh' | 'en';
  paragraphs: ParsedParagraph[];
}

export interface ParseResult {
  /** null only when nothing at all could be read (empty, binary, not a seed). */
  seed: ParsedSeed | null;
  diagnostics: Diagnostic[];
}

/** A sentence with its offsets in the paragraph text (UTF-16 code units). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A date expression found in a sentence, resolved. */
export interface DateMention {
  /** As written, e.g. `10日`, `去年8月`, `自新年起`. */
  text: string;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  value: DateValue;
  /** `stated`, `publication` or `anchored`; never `carried`/`url`/`undated`. */
  rule: Extract<DateRule, 'stated' | 'publication' | 'anchored'>;
  /** The date counted from (ISO), for `publication` and `anchored`. */
  anchor?: string;
}

/** What the date resolver needs to know about where a sentence stands. */
export interface DateContext {
  /** Publication instant; null means relative expressions stay unresolved. */
  published: Date | null;
  /**
   * The latest day-precision date the text established before this sentence
   * (for 当天, 次日, 同日); null when there is none.
   */
  reference: DateValue | null;
}

/** An actor mentioned in a text span. */
export interface ActorMention {
  actorId: string;
  /** The surface form matched (王毅, 托卡耶夫, 哈方, 美). */
  text: string;
  start: number;
  end: number;
  /** A role title written before the name (外长, 总统, 发言人), if any. */
  role?: { zh: string; en: string };
}

/**
 * Everything known about actors while a corpus is extracted: the gazetteer
 * plus what the texts taught (aliases in brackets, titled unknown names).
 */
export interface ActorRegistry {
  /** Find actor mentions in a text (simplified or traditional). */
  find(text: string): ActorMention[];
  /** The actor with this id (gazetteer or learned), whether mentioned yet or not. */
  get(id: string): Actor | undefined;
  /** Learn from a paragraph before its sentences are searched. */
  learn(text: string): void;
  /**
   * A new article starts: the countries it names in full decide what a short
   * form several share stands for (乌 is Ukraine, or Uzbekistan in an article
   * about Uzbekistan), and another article's names must not.
   */
  startDocument(): void;
  /** The actors that were mentioned at least once, for the output. */
  actors(): Actor[];
}
