/**
 * The check that a timeline matches its schema, compiled by Ajv from
 * TimelineSchema. The CLI's bundle (scripts/extractBundle.mjs) swaps this
 * module for the same validator compiled to code at build time: compiling
 * it here costs every run 100-150 ms, plus loading Ajv itself.
 */
import Ajv from 'ajv';
import { TimelineSchema } from '../lib/schema.ts';

export { TimelineSchema };

export const AJV_OPTIONS = { allErrors: true, strict: false } as const;

export interface TimelineValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}

export function timelineValidator(): TimelineValidator {
  return new Ajv(AJV_OPTIONS).compile(TimelineSchema);
}
