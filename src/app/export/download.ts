/**
 * Turns the events shown into a file and hands it to the browser as a
 * download: a Blob behind an <a download>, so it works under a strict CSP
 * (no data: URLs, no server) and offline. Loaded on demand with the share panel.
 */
import type { Actor, TimelineDocument, TimelineEvent } from '../../lib/schema.ts';
import { toCsv } from './csv.ts';
import { toIcs } from './ics.ts';
import { toJson } from './json.ts';
import { exportRows } from './rows.ts';

export const FORMATS = ['csv', 'json', 'ics'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export interface ExportContext {
  actors: ReadonlyMap<string, Actor>;
  documents: ReadonlyMap<string, Pick<TimelineDocument, 'title' | 'url' | 'published'>>;
  /** An event's shareable address (absolute). */
  linkFor: (id: string) => string;
  /** The address of the view exported (absolute). */
  view: string;
  now: Date;
}

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
};

/** The file for a format: name (dated, so exports do not overwrite each other), MIME type and text. */
export function exportFile(format: ExportFormat, events: readonly TimelineEvent[], ctx: ExportContext): ExportFile {
  const rows = exportRows(events, ctx);
  const text = format === 'csv' ? toCsv(rows) : format === 'ics' ? toIcs(rows, ctx.now) : toJson(rows, { exported: ctx.now, view: ctx.view });
  return { name: `threadline-${ctx.now.toISOString().slice(0, 10)}-${events.length}-events.${format}`, type: TYPES[format], text };
}

/** Saves a file through the browser's download, from a blob: URL revoked once the click is handled. */
export function download(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
