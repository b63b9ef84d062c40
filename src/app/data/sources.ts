import type { DateEvidence, DateValue, Disagreement, Figure, Source, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import { outletOf } from './text.ts';

/** One article's report of an event, numbered as the details list it (1 = the event's own source). */
export interface NumberedSource {
  readonly n: number;
  /** The id the event had in that article (the event's own id for the first). */
  readonly eventId: string;
  readonly source: Source;
  readonly date: DateValue | null;
  readonly dateEvidence: DateEvidence;
  readonly figures: readonly Figure[];
}

/** Every source of an event in the order the details show them: its own first, then the other articles'. */
export function numberedSources(e: TimelineEvent): NumberedSource[] {
  return [
    { eventId: e.id, source: e.source, date: e.date, dateEvidence: e.dateEvidence, figures: e.figures ?? [] },
    ...(e.otherSources ?? []).map((o) => ({
      eventId: o.eventId,
      source: o.source,
      date: o.date,
      dateEvidence: o.dateEvidence,
      figures: o.figures ?? [],
    })),
  ].map((s, i) => ({ ...s, n: i + 1 }));
}

export interface DisagreementValue {
  /** As a reader compares it: "2,300 peacekeepers", or an ISO date prefix for dates. */
  readonly value: string;
  /** The article's own words ("一千二百人"). */
  readonly text: string;
  /** The source's number in the details, 0 when it cannot be matched. */
  readonly n: number;
  /** Where it appeared ("rfa.org"). */
  readonly outlet: string;
  readonly language: 'zh' | 'en';
}

export interface DisagreementRow {
  readonly field: Disagreement['field'];
  readonly what: string;
  readonly values: readonly DisagreementValue[];
}

/**
 * The disagreements of an event, each value tied to the numbered source that
 * gives it (by the id the event had in that article, else by its document),
 * so the details can say "2,300 peacekeepers — 2 rfa.org".
 */
export function disagreementRows(
  e: TimelineEvent,
  documents: ReadonlyMap<string, Pick<TimelineDocument, 'url' | 'language'>>,
): DisagreementRow[] {
  const sources = numberedSources(e);
  return (e.disagreements ?? []).map((d) => ({
    field: d.field,
    what: d.what,
    values: d.values.map((v) => {
      const s = sources.find((x) => x.eventId === v.eventId) ?? sources.find((x) => x.source.document === v.document);
      const doc = documents.get(v.document);
      return {
        value: v.value,
        text: v.text,
        n: s?.n ?? 0,
        outlet: outletOf(doc?.url),
        language: doc?.language === 'en' ? 'en' : 'zh',
      };
    }),
  }));
}

/** An ISO date prefix as the value a date disagreement holds, at the precision it is written in. */
export function datePrefixValue(value: string): DateValue | null {
  if (!/^-?\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return null;
  const parts = value.replace(/^-/, '').split('-').length;
  return { start: value, precision: parts === 3 ? 'day' : parts === 2 ? 'month' : 'year' };
}
