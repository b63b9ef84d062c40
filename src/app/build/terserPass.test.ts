import { describe, expect, it } from 'vitest';
import { terserPass } from './terserPass.ts';

type Bundle = Record<string, { type: 'chunk' | 'asset'; code?: string; source?: string }>;

async function pass(bundle: Bundle, sourcemap: boolean) {
  const hook = (terserPass().generateBundle as unknown as { handler: (o: { sourcemap: boolean }, b: Bundle) => Promise<void> }).handler;
  await hook({ sourcemap }, bundle);
  return bundle;
}

const code = 'function add(first, second) { return first + second; }\nexport const total = add(1, 2);\n';

describe('terserPass', () => {
  it('minifies every chunk again and leaves other files alone', async () => {
    const b = await pass({ 'a.js': { type: 'chunk', code }, 'a.css': { type: 'asset', source: 'p { color: red }' } }, false);
    expect(b['a.js']!.code!.length).toBeLessThan(code.length / 2);
    expect(b['a.js']!.code).toContain('export');
    expect(b['a.css']!.source).toBe('p { color: red }');
  });
  it('runs after the other plugins, once Vite has written what each import preloads', () => {
    expect((terserPass().generateBundle as { order?: string }).order).toBe('post');
  });
  it('keeps the code as it is when the build writes source maps', async () => {
    const b = await pass({ 'a.js': { type: 'chunk', code } }, true);
    expect(b['a.js']!.code).toBe(code);
  });
});
