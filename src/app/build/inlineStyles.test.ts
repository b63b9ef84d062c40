import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stylesheetHref, withStyles } from './inlineStyles.ts';

const POLICY = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'`;
const page = (policy = POLICY) =>
  `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />\n    <link rel="stylesheet" crossorigin href="/assets/style-A1.css">\n  </head><body></body>`;
const CSS = '.app{display:grid}p>a{color:red}';
const sha = (css: string) => createHash('sha256').update(css).digest('base64');

describe('withStyles', () => {
  it('inlines the stylesheet and allows exactly it by hash', () => {
    const html = withStyles(page(), CSS);
    expect(html).toContain(`    <style data-href="/assets/style-A1.css">${CSS}</style>`);
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain(`style-src 'self' 'sha256-${sha(CSS)}'; img-src 'self'`);
    expect(stylesheetHref(html)).toBe('/assets/style-A1.css');
  });

  it('links it again, and the policy is as it was', () => {
    expect(withStyles(withStyles(page(), CSS), null)).toBe(page());
  });

  it('replaces the hash when applied again with other styles', () => {
    const html = withStyles(withStyles(withStyles(page(), CSS), null), 'p{margin:0}');
    expect(html.match(/sha256-/g)).toHaveLength(1);
    expect(html).toContain(`'sha256-${sha('p{margin:0}')}'`);
  });

  it.each([
    ['CSS that would close the element', page(), 'p{}</style><script>alert(1)</script>'],
    ['a page with no policy to extend', page().replace(/<meta[^>]*>/, ''), CSS],
    ['a page with no stylesheet', '<head></head>', CSS],
  ])('leaves %s as it is', (_, html, css) => {
    expect(withStyles(html, css)).toBe(html);
  });

  it('leaves a linked page linked when asked to link it', () => {
    expect(withStyles(page(), null)).toBe(page());
  });
});
