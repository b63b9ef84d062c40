import type { Timeline } from '../lib/schema.ts';

export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

/** Placeholder until the stages land: an empty, valid timeline. */
export function extractCorpus(files: SeedFile[]): Timeline {
  void files;
  return { version: 1, documents: [], actors: [], events: [], diagnostics: [] };
}
