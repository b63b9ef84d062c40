import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPieces, writeJson } from './writeJson.ts';

const work = mkdtempSync(join(tmpdir(), 'threadline-json-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeJson writes exactly what JSON.stringify would', () => {
  it.each([
    ['an empty object', {}],
    ['scalars and nested objects', { version: 1, name: '哈萨克斯坦 “quoted” \n', nested: { a: [1, { b: null }] } }],
    ['top-level arrays, empty or not', { documents: [], events: [{ id: 'e1', title: '托卡耶夫' }, { id: 'e2' }] }],
    ['keys without a JSON value are left out', { a: undefined, b: 1, c: () => 1 }],
    ['array items without a JSON value become null', { items: [undefined, 1] }],
  ])('%s', (_, value) => {
    const file = join(work, 'out.json');
    writeJson(file, value);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
    expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
  });

  it('writes a text longer than one write', () => {
    const value = { events: Array.from({ length: 3000 }, (_, i) => ({ id: i, text: '事件'.repeat(300) })) };
    const file = join(work, 'big.json');
    writeJson(file, value);
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(value));
  });
});
