/**
 * Articles the pipeline was not written for (tests/fixtures/articles), each
 * with expectations checked by reading it (see that folder's README). An
 * expectation marked optional is debatable: a mismatch is reported, not failed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor, Timeline, TimelineEvent } from '../src/lib/schema.ts';
import { extractCorpus } from '../src/pipeline/extract.ts';

const DIR = 'tests/fixtures/articles';

interface Expected {
  quoteIncludes: string;
  date: { start: string; end?: string; precision: string; future?: boolean; mod?: string } | null;
  dateAlternatives?: Expected['date'][];
  dateText?: string | null;
  rule: string;
  category: string;
  categoryAlternatives?: string[];
  actorsInclude?: string[];
  actorsIncludeZh?: string[];
  paragraphKind?: string;
  /** Counts the sentence reports: each must be among the event's figures (its text within the figure's). */
  figures?: { value: number; text: string; what: string; approx: string }[];
  optional?: boolean;
  note?: string;
}

interface ExpectationFile {
  article: string;
  published: string;
  language: 'zh' | 'en';
  events: Expected[];
  mustNotHaveDateAfterPublication?: boolean;
  everyEventUndated?: boolean;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.expected.json') && !f.includes('merge'));

/** Everything wrong with an event against one expectation ([] when it matches). */
function problems(timeline: Timeline, want: Expected): string[] {
  let found = timeline.events.filter((e) => e.source.quote.includes(want.quoteIncludes));
  // A passage quoting a statement the article reported before is folded into that report (restatements.ts):
  // the report, which shows it among its sources, is the event to check.
  if (!found.length) found = timeline.events.filter((e) => e.otherSources?.some((o) => o.source.document === e.source.document && o.source.quote.includes(want.quoteIncludes)));
  if (!found.length) return [`no event quotes “${want.quoteIncludes}”`];
  const errors = found.map((event) => check(timeline, event, want));
  return errors.find((e) => e.length === 0) ?? errors[0]!;
}

function check(timeline: Timeline, event: TimelineEvent, want: Expected): string[] {
  const out: string[] = [];
  const dates = [want.date, ...(want.dateAlternatives ?? [])];
  if (!dates.some((d) => sameDate(event, d))) out.push(`date ${JSON.stringify(event.date)} ≠ ${JSON.stringify(want.date)}`);
  if (event.dateEvidence.rule !== want.rule && want.date !== null) out.push(`rule ${event.dateEvidence.rule} ≠ ${want.rule}`);
  if (want.dateText && !['carried', 'undated'].includes(want.rule)) {
    const text = event.dateEvidence.text ?? '';
    if (!text.includes(want.dateText) && !want.dateText.includes(text || '\u0000')) out.push(`date text ${text} ≠ ${want.dateText}`);
  }
  if (![want.category, ...(want.categoryAlternatives ?? [])].includes(event.category)) out.push(`category ${event.category} ≠ ${want.category}`);
  const actors = event.actors.map((id) => timeline.actors.find((a) => a.id === id)).filter((a): a is Actor => !!a);
  const latin = actors.flatMap((a) => [a.name, a.names.en, ...a.aliases]).join(' | ');
  for (const name of want.actorsInclude ?? []) if (!latin.includes(name)) out.push(`no actor ${name} among ${latin}`);
  const chinese = actors.flatMap((a) => [a.names['zh-Hans'], a.names['zh-Hant'], ...a.aliases]).join(' | ');
  for (const name of want.actorsIncludeZh ?? []) if (!chinese.includes(name)) out.push(`no actor ${name}`);
  for (const figure of want.figures ?? []) {
    const same = (f: NonNullable<TimelineEvent['figures']>[number]) =>
      f.value === figure.value && f.text.includes(figure.text) && f.what === figure.what && (f.approx ?? 'exact') === figure.approx;
    if (!(event.figures ?? []).some(same)) out.push(`no figure ${JSON.stringify(figure)} among ${JSON.stringify(event.figures ?? [])}`);
  }
  return out;
}

function sameDate(event: TimelineEvent, want: Expected['date']): boolean {
  if (want === null) return event.date === null;
  const d = event.date;
  if (!d || d.start !== want.start || d.precision !== want.precision) return false;
  if (want.end !== undefined && d.end !== want.end) return false;
  return !want.future || d.future === true;
}

describe.each(files)('%s', (file) => {
  const spec = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as ExpectationFile;
  const timeline = extractCorpus([{ name: spec.article, bytes: readFileSync(`${DIR}/${spec.article}`) }]);
  const required = spec.events.filter((e) => !e.optional);

  it('reads the article: language and publication time', () => {
    expect(timeline.documents[0]?.language).toBe(spec.language);
    expect(timeline.documents[0]?.published).toBe(spec.published);
  });

  // Every article here closes on a credit (a byline, an agency mark): the reader shows it apart, and no event comes from it.
  it('sets its credit apart as a byline', () => {
    expect(timeline.documents[0]?.paragraphs.filter((p) => p.kind === 'byline').length).toBeGreaterThan(0);
  });

  it.each(required.map((e) => [e.quoteIncludes, e] as const))('finds “%s”', (_, want) => {
    expect(problems(timeline, want), want.note).toEqual([]);
  });

  if (spec.mustNotHaveDateAfterPublication) {
    it('dates nothing after publication unless the text looks ahead', () => {
      const day = spec.published.slice(0, 10);
      const late = timeline.events.filter((e) => e.date && !e.date.future && (e.date.end ?? e.date.start) > day);
      expect(late.map((e) => `${e.date?.start} ${e.source.quote}`)).toEqual([]);
    });
  }

  if (spec.everyEventUndated) {
    it('leaves every event undated', () => {
      expect(timeline.events.length).toBeGreaterThan(0);
      expect(timeline.events.filter((e) => e.date).map((e) => e.source.quote)).toEqual([]);
    });
  }

  // Debatable expectations are reported for whoever tunes the rules; not a test.
  afterAll(() => {
    for (const want of spec.events.filter((e) => e.optional)) {
      const errors = problems(timeline, want);
      if (errors.length && process.env.THREADLINE_REPORT_OPTIONAL) console.info(`${file}: optional “${want.quoteIncludes}”: ${errors.join('; ')}`);
    }
  });
});

describe('English labels of statements with no topic word', () => {
  const labelOf = (article: string, fragment: string) => {
    const timeline = extractCorpus([{ name: article, bytes: readFileSync(`${DIR}/${article}`) }]);
    return timeline.events.filter((e) => e.source.quote.includes(fragment)).map((e) => e.titleEn);
  };
  // Read from the sentences themselves: whom each speaker spoke about, not their own side or their listener.
  it.each([
    // 印度外交部发言人巴格奇表示，印度“与斯里兰卡人民站在一起”: India is his own side.
    ['sri-lanka-2022.txt', '与斯里兰卡人民站在一起', 'Arindam Bagchi statement on Sri Lanka'],
    // 中国外交部发言人汪文斌…表示，中方关注斯里兰卡局势的发展
    ['sri-lanka-2022.txt', '中方关注斯里兰卡局势的发展', 'Wang Wenbin statement on Sri Lanka'],
    // "…Daniyar Seitkali told RFA that Tokayev…": RFA is whom he told.
    ['kazakhstan-english.txt', 'Seitkali told RFA', 'Daniyar Seitkali statement on Tokayev'],
  ])('%s: %s', (article, fragment, label) => expect(labelOf(article, fragment)).toEqual([label]));
});
