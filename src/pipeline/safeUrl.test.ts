import { describe, expect, it } from 'vitest';
import { checkHttpUrl } from './safeUrl.ts';

const BASE = 'https://www.rfa.org/mandarin/news/story.html';

describe('checkHttpUrl', () => {
  const accepted: [string, string | undefined, string][] = [
    ['https://example.com/a.html', undefined, 'https://example.com/a.html'],
    ['HTTP://Example.com/a', undefined, 'http://example.com/a'],
    ['  https://example.com/padded  ', undefined, 'https://example.com/padded'],
    ['other.html', BASE, 'https://www.rfa.org/mandarin/news/other.html'],
    ['/mandarin/x.html', BASE, 'https://www.rfa.org/mandarin/x.html'],
    ['//cdn.example.com/x.html', BASE, 'https://cdn.example.com/x.html'],
    ['https://example.com/q?a=1#frag', BASE, 'https://example.com/q?a=1#frag'],
  ];
  it.each(accepted)('accepts %s (base %s)', (raw, base, expected) => {
    expect(checkHttpUrl(raw, base)).toEqual({ ok: true, url: expected });
  });

  const refused: [string, string | undefined, RegExp][] = [
    ['javascript:alert(1)', BASE, /javascript: addresses/],
    ['JavaScript:alert(1)', BASE, /javascript: addresses/],
    ['java\tscript:alert(1)', BASE, /whitespace or control/],
    ['java\nscript:alert(1)', BASE, /whitespace or control/],
    ['\u0001javascript:alert(1)', BASE, /whitespace or control/],
    ['data:text/html,<script>alert(1)</script>', BASE, /data: addresses/],
    ['vbscript:msgbox(1)', BASE, /vbscript: addresses/],
    ['file:///etc/passwd', BASE, /file: addresses/],
    ['mailto:someone@example.com', BASE, /mailto: addresses/],
    ['\\\\evil.example/x', BASE, /backslash/],
    ['/\\evil.example/x', BASE, /backslash/],
    ['///evil.example/x', BASE, /protocol-relative/],
    ['https://exa mple.com/', undefined, /whitespace/],
    ['/relative/only.html', undefined, /relative address/],
    ['', BASE, /empty/],
    ['https://', undefined, /not a valid address/],
  ];
  it.each(refused)('refuses %j', (raw, base, reason) => {
    const result = checkHttpUrl(raw, base);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
