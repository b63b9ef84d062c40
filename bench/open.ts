/**
 * Opening the app: from navigation to the first event mark drawn, to a click
 * answered, and to the page settling (no long task for 500 ms), plus the JS
 * heap once loaded; for every data set and subject, alternating subjects
 * within each round of runs, medians across runs.
 */
import { medianOrNull } from './lib/stats.ts';
import { openSubject } from './lib/session.ts';
import type { Dataset, Subject, SubjectId } from './lib/subjects.ts';

export interface OpenRun {
  firstMarkMs: number | null;
  clickAnsweredMs: number | null;
  inputDelayMs: number | null;
  interactiveMs: number | null;
  heapAfterLoadMB: number | null;
  timedOut?: boolean;
  error?: string;
}

export interface OpenResult {
  dataset: string;
  events: number;
  subject: SubjectId;
  runs: OpenRun[];
  median: Omit<OpenRun, 'timedOut' | 'error'>;
  /** Set when the subject was not measured on this data set, with why. */
  skipped?: string;
  timedOut?: boolean;
}

export interface OpenOptions {
  runs: number;
  timeoutMs: number;
  log: (line: string) => void;
}

/** Serves one data set: returns the base URL and a close function. */
export type ServeDataset = (dataset: Dataset) => Promise<{ url: string; close(): Promise<void> }>;

export async function benchOpen(datasets: Dataset[], subjects: Subject[], serve: ServeDataset, options: OpenOptions): Promise<OpenResult[]> {
  const results: OpenResult[] = [];
  const gaveUp = new Map<SubjectId, string>();
  for (const dataset of datasets) {
    const server = await serve(dataset);
    const rows = new Map<SubjectId, OpenResult>();
    for (const subject of subjects) {
      const row: OpenResult = { dataset: dataset.name, events: dataset.events, subject: subject.id, runs: [], median: emptyRun() };
      if (subject.maxEvents !== undefined && dataset.events > subject.maxEvents)
        row.skipped = `not attempted above ${subject.maxEvents} events (its makers advise a few hundred slides)`;
      else if (gaveUp.has(subject.id)) row.skipped = gaveUp.get(subject.id);
      rows.set(subject.id, row);
    }
    try {
      for (let run = 0; run < options.runs; run++) {
        for (const subject of subjects) {
          const row = rows.get(subject.id)!;
          if (row.skipped || row.timedOut) continue;
          const outcome = await openSubject(subject, server.url, subject.path(dataset), options.timeoutMs);
          if (outcome.ok) {
            const { browser, page: _page, appMarks: _marks, ...figures } = outcome.opened;
            await browser.close();
            row.runs.push(figures);
            options.log(`open ${dataset.name} ${subject.id} #${run + 1}: first mark ${figures.firstMarkMs.toFixed(0)} ms`);
          } else {
            row.runs.push({ ...emptyRun(), timedOut: outcome.timedOut, error: outcome.error });
            options.log(`open ${dataset.name} ${subject.id} #${run + 1}: ${outcome.timedOut ? 'timed out' : 'failed'}: ${outcome.error}`);
            if (outcome.timedOut) {
              // One timeout is the answer: no need to wait it out again, nor on larger data.
              row.timedOut = true;
              gaveUp.set(subject.id, `not attempted: exceeded the ${options.timeoutMs / 1000} s timeout at ${dataset.name}`);
            }
          }
        }
      }
    } finally {
      await server.close();
    }
    for (const row of rows.values()) {
      row.median = {
        firstMarkMs: medianOrNull(row.runs.map((r) => r.firstMarkMs)),
        clickAnsweredMs: medianOrNull(row.runs.map((r) => r.clickAnsweredMs)),
        inputDelayMs: medianOrNull(row.runs.map((r) => r.inputDelayMs)),
        interactiveMs: medianOrNull(row.runs.map((r) => r.interactiveMs)),
        heapAfterLoadMB: medianOrNull(row.runs.map((r) => r.heapAfterLoadMB)),
      };
      results.push(row);
    }
  }
  return results;
}

const emptyRun = (): OpenRun => ({ firstMarkMs: null, clickAnsweredMs: null, inputDelayMs: null, interactiveMs: null, heapAfterLoadMB: null });
