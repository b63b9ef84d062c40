import { describe, expect, it } from 'vitest';
import { MORE } from './moreMessages.ts';

describe('messages loaded on demand', () => {
  it('has every English message in Chinese too', () => {
    expect(Object.keys(MORE.zh).sort()).toEqual(Object.keys(MORE.en).sort());
  });
  it('counts what is exported', () => {
    expect(MORE.en.exportShown(1)).toBe('Download the event shown, with sources and quotes:');
    expect(MORE.en.exportShown(12)).toBe('Download the 12 events shown, with sources and quotes:');
  });
});
