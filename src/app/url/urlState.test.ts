import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, formatUrl, parseUrl, type UrlState } from './urlState.ts';

const ms = (iso: string) => Date.parse(iso);
const at = (href: string, base = '/') => {
  const u = new URL(href, 'http://host');
  return parseUrl({ pathname: u.pathname, search: u.search, hash: u.hash }, base);
};

describe('parseUrl: paths', () => {
  it.each<[string, string, Partial<UrlState>]>([
    ['/', '/', { event: null, badEvent: false }],
    ['/event/v1x5vno3fr', '/', { event: 'v1x5vno3fr' }],
    ['/event/v1x5vno3fr/', '/', { event: 'v1x5vno3fr' }],
    ['/event/V1X5VNO3FR', '/', { event: 'v1x5vno3fr' }],
    ['/sub/event/abc123', '/sub/', { event: 'abc123' }],
    ['/sub/event/abc123', '/sub', { event: 'abc123' }],
    ['/event/abc123', '/sub/', { event: null, badEvent: false }],
    ['/#/event/abc123', '/', { event: 'abc123' }],
    ['/#event/abc123', '/', { event: 'abc123' }],
    ['/sub/#/event/abc123', '/sub/', { event: 'abc123' }],
    ['/event/', '/', { event: null, badEvent: true }],
    ['/event', '/', { event: null, badEvent: true }],
    ['/event/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/', { event: null, badEvent: true }],
    ['/event/%E0%A4%A', '/', { event: null, badEvent: true }],
    ['/event/abc/def', '/', { event: null, badEvent: true }],
    ['/event/' + 'a'.repeat(65), '/', { event: null, badEvent: true }],
    ['/events/abc', '/', { event: null, badEvent: false }],
    ['/#/event/../../etc', '/', { event: null, badEvent: true }],
  ])('%s (base %s)', (href, base, expected) => {
    expect(at(href, base)).toMatchObject(expected);
  });
});

describe('parseUrl: query', () => {
  it('reads a window, filters, search, view and language', () => {
    const s = at('/?from=2021-12-31&to=2022-01-12T06:30Z&cat=unrest,diplomacy&actor=wang-yi&doc=b1eebe35896f2b82&q=Lavrov&view=reader&lang=zh');
    expect(s).toEqual({
      ...EMPTY_URL_STATE,
      window: [ms('2021-12-31'), ms('2022-01-12T06:30Z')],
      categories: ['unrest', 'diplomacy'],
      actor: 'wang-yi',
      document: 'b1eebe35896f2b82',
      query: 'Lavrov',
      view: 'reader',
      lang: 'zh',
    });
  });

  it.each([
    ['?from=2022-01-12&to=2022-01-01', 'window', null],
    ['?from=abc&to=', 'window', null],
    ['?from=2022-01-01', 'window', null],
    ['?cat=', 'categories', []],
    ['?cat=<img src=x>', 'categories', null],
    ['?cat=unrest,bogus,unrest', 'categories', ['unrest']],
    ['?actor=../../etc/passwd', 'actor', null],
    ['?actor=%3Cb%3E', 'actor', null],
    ['?doc=a%20b', 'document', null],
    ['?q=%00%01hello%7F', 'query', 'hello'],
    ['?q=' + 'x'.repeat(500), 'query', 'x'.repeat(200)],
    ['?view=admin', 'view', null],
    ['?lang=fr', 'lang', null],
    ['?embed=true', 'embed', false],
    ['?embed=0', 'embed', false],
    ['?%E0%A4%A=1&q=%E0%A4%A', 'query', '\ufffd%A'],
  ])('garbage %s leaves %s at %j', (search, key, value) => {
    expect(at(`/${search}`)[key as keyof UrlState]).toEqual(value);
  });

  it('ignores absurdly long queries', () => {
    expect(at(`/?q=${'y'.repeat(5000)}`).query).toBe('');
  });
});

describe('formatUrl', () => {
  it('writes the event path and only what differs from the defaults', () => {
    expect(formatUrl({ ...EMPTY_URL_STATE }, '/')).toBe('/');
    expect(formatUrl({ ...EMPTY_URL_STATE, event: 'abc123' }, '/sub/')).toBe('/sub/event/abc123');
    expect(
      formatUrl(
        { ...EMPTY_URL_STATE, event: 'abc123', window: [ms('2022-01-01'), ms('2022-01-10T12:00Z')], categories: ['diplomacy', 'unrest'], query: 'wang yi' },
        '/',
      ),
    ).toBe('/event/abc123?from=2022-01-01&to=2022-01-10T12:00Z&cat=unrest,diplomacy&q=wang+yi');
  });

  it('never writes an id that is not one', () => {
    expect(formatUrl({ ...EMPTY_URL_STATE, event: '../x' }, '/')).toBe('/');
  });

  it.each([
    { ...EMPTY_URL_STATE, event: 'v1x5vno3fr', window: [ms('2021-12-31T10:48Z'), ms('2022-01-12T13:12Z')] as const },
    { ...EMPTY_URL_STATE, categories: [] as const, actor: 'ned-price', document: 'doc-1', query: '王毅 & 拉夫罗夫?', view: 'list' as const, lang: 'en' as const },
    { ...EMPTY_URL_STATE, event: 'abc123', view: 'timeline' as const, embed: true },
  ])('round-trips %j', (s) => {
    const href = formatUrl(s, '/base/');
    expect(at(href, '/base/')).toEqual(s);
  });
});

describe('embed mode', () => {
  it('is read from ?embed=1 beside an event path, and written back last', () => {
    expect(at('/sub/event/abc123?embed=1', '/sub/')).toMatchObject({ event: 'abc123', embed: true });
    expect(at('/?q=x&embed=1')).toMatchObject({ query: 'x', embed: true });
    expect(formatUrl({ ...EMPTY_URL_STATE, event: 'abc123', lang: 'zh', embed: true }, '/')).toBe('/event/abc123?lang=zh&embed=1');
    expect(formatUrl({ ...EMPTY_URL_STATE, embed: false }, '/')).toBe('/');
  });
});
