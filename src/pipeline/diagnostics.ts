import type { Diagnostic } from '../lib/schema.ts';

/** `file:line: severity: message`, the shape editors and CI logs link up. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

export function diagnostic(
  file: string,
  line: number,
  severity: Diagnostic['severity'],
  message: string,
): Diagnostic {
  return { file, line, severity, message };
}
