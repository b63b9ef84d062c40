import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relaxStylesForDev } from './devCsp.ts';

const csp = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('relaxStylesForDev', () => {
  it("adds 'unsafe-inline' to style-src only, in the real index.html", () => {
    const html = readFileSync('index.html', 'utf8');
    const before = csp(html).split(';').map((d) => d.trim());
    const after = csp(relaxStylesForDev(html)).split(';').map((d) => d.trim());
    expect(before).toContain("style-src 'self'");
    expect(after).toEqual(before.map((d) => (d === "style-src 'self'" ? "style-src 'self' 'unsafe-inline'" : d)));
  });

  it('leaves a page without a style-src alone', () => {
    const html = '<meta http-equiv="Content-Security-Policy" content="script-src \'self\'">';
    expect(relaxStylesForDev(html)).toBe(html);
  });
});
