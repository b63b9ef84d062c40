import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchSize } from '../size.ts';

describe('benchSize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threadline-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="/base/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/base/assets/vendor-b.js"><link rel="stylesheet" href="/base/assets/index-c.css">' +
      '<link rel="preload" href="/base/data/timeline.json" as="fetch">',
  );
  for (const name of ['index-a.js', 'vendor-b.js', 'index-c.css', 'Lazy-d.js', 'Lazy-e.css']) writeFileSync(join(dir, 'assets', name), `/* ${name} */ `.repeat(50));
  writeFileSync(join(dir, 'data', 'chunk.js'), 'not the app');

  it('counts every chunk, and apart from them what index.html loads first (under a base path too)', () => {
    const t = benchSize(dir, null).threadline!;
    const initial = t.files.filter((f) => f.initial).map((f) => f.file).sort();
    expect(initial).toEqual(['assets/index-a.js', 'assets/index-c.css', 'assets/vendor-b.js']);
    expect(t.files.map((f) => f.file)).not.toContain('data/chunk.js');
    expect(t.files).toHaveLength(5);
    const gz = (names: string[]) => t.files.filter((f) => names.includes(f.file)).reduce((s, f) => s + f.gzip, 0);
    expect(t.initial).toBe(gz(initial));
    expect(t.total).toBe(gz(t.files.map((f) => f.file)));
    expect(t.initial).toBeLessThan(t.total);
  });

  it('counts a stylesheet the page carries inline as its file', () => {
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" crossorigin src="/base/assets/index-a.js"></script><style data-href="/base/assets/index-c.css">p{}</style>',
    );
    const initial = benchSize(dir, null).threadline!.files.filter((f) => f.initial).map((f) => f.file).sort();
    expect(initial).toEqual(['assets/index-a.js', 'assets/index-c.css']);
  });
});
