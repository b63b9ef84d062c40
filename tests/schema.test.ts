import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { TimelineSchema } from '../src/lib/schema.ts';

const validate = new Ajv({ allErrors: true, strict: false }).compile(TimelineSchema);

describe('timeline JSON Schema', () => {
  it('accepts an empty timeline', () => {
    expect(validate({ version: 1, documents: [], actors: [], events: [], diagnostics: [] })).toBe(true);
  });
  it('rejects an event with an unknown category', () => {
    const bad = {
      version: 1,
      documents: [],
      actors: [],
      diagnostics: [],
      events: [
        {
          id: 'abc123def0',
          date: null,
          category: 'sports',
          title: 't',
          titleEn: 't',
          actors: [],
          dateEvidence: { text: null, rule: 'undated' },
          source: { document: 'd', paragraph: 'p', quote: 'q', start: 0, end: 1 },
        },
      ],
    };
    expect(validate(bad)).toBe(false);
  });
});
