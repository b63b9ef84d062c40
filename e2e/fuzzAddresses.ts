/**
 * Hostile and random addresses for fuzz.spec.ts, from a seeded PRNG so a
 * failure names an address that the same seed gives again
 * (FUZZ_SEED=<n> to try others). Each address is a path + search + hash
 * relative to the app's root, deliberately not always valid: broken
 * percent-escapes, raw markup, NUL, very long and non-Latin text.
 */

/** mulberry32: tiny, fast and good enough to spread test inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LONG = 'x'.repeat(10_000);
const RTL = '\u202Egnp.exe\u202C';

/** Event ids as they might arrive in a path: hostile, garbled, huge, non-Latin. */
export const HOSTILE_IDS = [
  '<script>window.__pwned=1</script>',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%253Cscript%253E',
  'javascript:alert(1)',
  'javascript%3Aalert(1)',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  'abc%00def',
  '%E0%A4%A',
  '%',
  '%%',
  '%ZZ',
  '%C0%AE%C0%AE',
  '\u0000',
  LONG,
  encodeURIComponent(LONG),
  '😀🔥',
  '%F0%9F%98%80',
  '新疆哈萨克斯坦',
  '%E6%96%B0%E7%96%86',
  RTL,
  '\u200B\u200D\uFEFF',
  'ABCDEF123456',
  'abc def',
  "x' onerror='alert(1)",
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'a'.repeat(65),
  'zz9zz9zz9z',
];

/** Values for every query parameter the app reads (src/app/url/urlState.ts), and some it does not. */
export const PARAMS: Record<string, readonly string[]> = {
  from: ['NaN', 'Infinity', '-Infinity', '1e308', '-1e308', '-1', '0', '', '2022-13-45', '2022-02-30', '9999-99-99T99:99Z', '-999999-01-01', '+275760-09-13', '2022-01-09', '1641686400000', '%E0%A4%A', '<script>'],
  to: ['NaN', 'Infinity', '1e308', '-5', '', '2021-01-01', '2022-01-11T06:00Z', '2022-01-09', '275760-09-14', 'null', 'undefined'],
  cat: ['', ',', ',,,', 'diplomacy', 'nope', 'diplomacy,nope,unrest', 'DIPLOMACY', '__proto__', 'constructor', '<img src=x onerror=alert(1)>', 'unrest,unrest,unrest'],
  actor: ['', '../../x', '__proto__', 'wang-yi', '<script>', 'a'.repeat(500), '😀', '%00'],
  doc: ['', '%00', '..', '__proto__', 'd'.repeat(200), '<svg onload=alert(1)>', 'nosuchdoc'],
  q: ['', '<script>window.__pwned=1</script>', LONG, '%E0%A4%A', '\u0000\u0001', RTL, '(((((', '.*', '\\', '😀', '新疆'],
  view: ['list', 'timeline', 'reader', 'admin', 'READER', '', '__proto__'],
  lang: ['en', 'zh', 'xx', 'ZH', '', 'zh-Hant', '__proto__'],
  embed: ['1', '0', 'true', '', '<script>'],
  utm_source: ['x'],
};

export const HASHES = [
  '#/event/zz9zz9zz9z',
  '#/event/<img src=x onerror=window.__pwned=1>',
  '#/event/%3Cscript%3E',
  '#/event/%E0%A4%A',
  '#<img src=x onerror=window.__pwned=1>',
  '#javascript:alert(1)',
  '#%',
  '#',
  '#/',
  `#${LONG}`,
  '#event-list',
  '#/event/',
];

export const PATHS = [
  '/',
  '//',
  '///',
  '//event//zz9zz9zz9z',
  '/event%2Fzz9zz9zz9z',
  '/%2F%2Fevil.example',
  '//evil.example/',
  '/index.html',
  '/event',
  '/event/',
  '/event/a/b/c',
  '/404.html',
  '/%2e%2e/%2e%2e/',
  '/data/../',
];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function randomId(r: Rand): string {
  const alphabets = ['abcdefghijklmnopqrstuvwxyz0123456789', '!$&\'()*+,;=:@-._~<>"{}|^`[]', '中文事件时间线新闻', '😀🔥🇰🇿', '\u202E\u202D\u200B\uFEFF'];
  const n = 1 + Math.floor(r() * 40);
  let id = '';
  for (let i = 0; i < n; i++) {
    if (r() < 0.1) id += `%${Math.floor(r() * 256).toString(16).toUpperCase().padStart(2, '0')}`;
    else id += pick(r, [...pick(r, alphabets)]);
  }
  return id;
}

function randomQuery(r: Rand, ids: readonly string[]): string {
  const names = Object.keys(PARAMS);
  const parts: string[] = [];
  const count = Math.floor(r() * 5);
  for (let i = 0; i < count; i++) {
    const name = pick(r, names);
    const raw = r() < 0.15 ? pick(r, ids) : pick(r, PARAMS[name]!);
    // Mostly escaped as a browser would; sometimes raw, garbled as it arrives.
    const value = r() < 0.7 ? encodeURIComponent(raw) : raw.replace(/[#&]/g, '');
    parts.push(`${name}=${value}`);
    if (r() < 0.1) parts.push(`${name}=${encodeURIComponent(pick(r, PARAMS[name]!))}`); // a repeated key
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * At least `n` addresses: every hostile id, parameter value, hash and path
 * once, then random combinations of them and of random ids.
 */
export function fuzzAddresses(seed: number, n = 200, realIds: readonly string[] = []): string[] {
  const r = prng(seed);
  const out: string[] = [];
  for (const id of HOSTILE_IDS) out.push(`/event/${id}`);
  for (const [name, values] of Object.entries(PARAMS)) for (const v of values) out.push(`/?${name}=${encodeURIComponent(v)}`);
  out.push('/?from=2022-01-11&to=2022-01-09', '/?cat=unrest&cat=diplomacy&cat=unrest', '/?q=a&q=b&q=c', `/?${'from=1&'.repeat(500)}`);
  for (const h of HASHES) out.push(`/${h}`);
  for (const p of PATHS) out.push(p);
  const ids = [...HOSTILE_IDS, ...realIds];
  while (out.length < n) {
    const kind = r();
    const path =
      kind < 0.4 ? `/event/${r() < 0.5 ? randomId(r) : pick(r, ids)}` : kind < 0.55 ? pick(r, PATHS) : '/';
    const hash = r() < 0.2 ? pick(r, HASHES) : '';
    out.push(`${path}${randomQuery(r, ids)}${hash}`);
  }
  return out;
}
