import type { ExportRow } from './rows.ts';

/** The events as shown, with every source: for reuse in other tools. */
export function toJson(rows: readonly ExportRow[], meta: { exported: Date; view: string }): string {
  return `${JSON.stringify({ exported: meta.exported.toISOString(), view: meta.view, count: rows.length, events: rows }, null, 2)}\n`;
}
