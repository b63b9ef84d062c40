/**
 * Addresses from untrusted seeds: only plain http(s) links survive, so the
 * app can put them in an href without ever running or loading anything else.
 */

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** C0 controls, DEL and any whitespace inside an address: `java\tscript:`-style tricks. */
const HIDDEN_CHARACTERS = /[\u0000-\u001F\u007F\s]/u;

/**
 * Resolve `raw` against `base` (when given) and accept it only if the result
 * is an absolute http: or https: URL written without tricks. The WHATWG URL
 * parser silently removes tabs and newlines and turns `\` into `/`, which is
 * exactly how filters get fooled, so those inputs are refused up front rather
 * than repaired.
 */
export function checkHttpUrl(raw: string, base?: string): UrlCheck {
  const href = raw.trim();
  if (href === '') return { ok: false, reason: 'empty address' };
  if (HIDDEN_CHARACTERS.test(href)) return { ok: false, reason: 'the address hides whitespace or control characters' };
  if (href.includes('\\')) return { ok: false, reason: 'the address contains a backslash' };
  if (href.startsWith('///')) return { ok: false, reason: 'malformed protocol-relative address' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
    return { ok: false, reason: `${scheme}: addresses are not allowed` };
  if (scheme === undefined && !base) return { ok: false, reason: 'relative address with no article URL to resolve it against' };
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return { ok: false, reason: 'not a valid address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `${url.protocol} addresses are not allowed` };
  if (url.hostname === '') return { ok: false, reason: 'the address has no host' };
  return { ok: true, url: url.href };
}
