/** The shape of bench/results/latest.json: one entry per part, each with its own date. */
import type { ExtractResult } from '../extract.ts';
import type { OpenResult } from '../open.ts';
import type { SizeResult } from '../size.ts';
import type { ZoomResult } from '../zoom.ts';
import type { Machine } from './machine.ts';

interface Stamp {
  date: string;
  mode: 'full' | 'quick' | 'smoke';
  skipped?: string;
  /** 1-minute load average sampled while this part ran. */
  load?: { mean: number; max: number };
}

export interface DatasetInfo {
  name: string;
  events: number;
  origin: string;
  file: string;
}

export interface Results {
  generated: string;
  machine: Machine;
  /** 1-minute load average sampled during the run (absent in results written before it was recorded). */
  load?: { mean: number; max: number };
  versions: Record<string, string | null>;
  parts: {
    extract?: Stamp & { data: ExtractResult };
    open?: Stamp & { runs?: number; timeoutMs?: number; datasets?: DatasetInfo[]; notes?: string[]; data: OpenResult[] };
    zoom?: Stamp & { segments?: number; segmentMs?: number; loadTimeoutMs?: number; data: ZoomResult[] };
    size?: Stamp & { data: SizeResult };
  };
}
