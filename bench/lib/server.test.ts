import { describe, expect, it } from 'vitest';
import { resolvePath } from './server.ts';

describe('resolvePath', () => {
  const mounts = { '/data/timeline.json': '/elsewhere/t.json', '/lib/vis/': '/nm/vis' };
  it.each([
    ['/', '/srv/index.html'],
    ['/assets/a.js', '/srv/assets/a.js'],
    ['/data/timeline.json', '/elsewhere/t.json'],
    ['/lib/vis/x/y.js', '/nm/vis/x/y.js'],
    ['/a%20b.txt', '/srv/a b.txt'],
  ])('%s is served from %s', (path, file) => {
    expect(resolvePath('/srv', path, mounts)).toBe(file);
  });
  it('serves a mounted index.html for its folder, and the folder itself otherwise', () => {
    const withIndex = { ...mounts, '/index.html': '/work/index-seed.html' };
    expect(resolvePath('/srv', '/', withIndex)).toBe('/work/index-seed.html');
    expect(resolvePath('/srv', '/index.html', withIndex)).toBe('/work/index-seed.html');
    expect(resolvePath('/srv', '/assets/', withIndex)).not.toBe('/work/index-seed.html');
  });
  it.each(['/../etc/passwd', '/lib/vis/../../etc/passwd', '/%2e%2e/secret', '/bad%zz'])('refuses %s outside the served folders', (path) => {
    const file = resolvePath('/srv', path, mounts);
    expect(file === null || file.startsWith('/srv/') || file.startsWith('/nm/vis/')).toBe(true);
  });
});
