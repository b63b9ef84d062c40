import { expect, type Page } from '@playwright/test';
import { INLINE_DATA_ID } from '../src/app/data/loadTimeline.ts';

/**
 * Watches a page for the signs that something from the data or the address
 * ran or changed the page: dialogs, uncaught errors, Content-Security-Policy
 * violations, navigations and popups away from the app, requests to other
 * origins. Seed payloads try to set `window.__pwned`, call alert() and set
 * document.title to 'pwned'; `expectNothingRan` checks for all three.
 */
export interface Watch {
  readonly dialogs: string[];
  readonly errors: string[];
  /** Chrome's own console report and the securitypolicyviolation event, both. */
  readonly csp: string[];
  readonly foreignNavigations: string[];
  readonly foreignRequests: string[];
  readonly popups: string[];
}

export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { dialogs: [], errors: [], csp: [], foreignNavigations: [], foreignRequests: [], popups: [] };
  const ours = (url: string) => url.startsWith(`${origin}/`) || url === origin || url.startsWith('about:');
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('console', (m) => {
    const text = m.text();
    if (/Content Security Policy|csp-violation/.test(text)) w.csp.push(text);
  });
  page.on('framenavigated', (f) => {
    if (!ours(f.url())) w.foreignNavigations.push(f.url());
  });
  page.on('request', (r) => {
    if (ours(r.url())) return;
    // What a page of the watched origin asks for. A page still open on another origin (the app
    // served elsewhere, before the test navigates) may load its own lazy parts meanwhile.
    let from = '';
    try {
      from = r.frame().url();
    } catch {
      // A service worker's request has no frame: count it.
    }
    if (from && !ours(from)) return;
    w.foreignRequests.push(r.url());
  });
  page.on('popup', (p) => w.popups.push(p.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`csp-violation: ${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  return w;
}

/** Nothing ran: no marker, no dialog, no error, no violation, the app's own title, still on the app. */
export async function expectNothingRan(page: Page, w: Watch, origin: string) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    title: document.title,
    origin: location.origin,
    baseURI: document.baseURI,
  }));
  expect(state.pwned, 'a payload set window.__pwned').toBeNull();
  expect(state.title).not.toBe('pwned');
  expect(state.title, 'the title is the app’s own').toMatch(/Threadline( 时间线)?$/);
  expect(state.origin).toBe(origin);
  expect(state.baseURI.startsWith(`${origin}/`), `document.baseURI ${state.baseURI}`).toBe(true);
  expect(w.dialogs, 'dialogs opened').toEqual([]);
  expect(w.errors, 'uncaught errors').toEqual([]);
  // The app alone causes no violation (csp.spec.ts), so any report here means
  // content from the data or the address tried to run or load something.
  expect(w.csp, 'Content-Security-Policy violations').toEqual([]);
  expect(w.foreignNavigations, 'navigations away from the app').toEqual([]);
  expect(w.foreignRequests, 'requests to other origins').toEqual([]);
  expect(w.popups, 'popups').toEqual([]);
}

/**
 * The page holds no active content and no dangerous links: scripts and
 * stylesheets only from the app's origin, no frames, objects, images,
 * <base> or refresh, no inline handlers, no style element but the app's own
 * stylesheet inlined by the build, and every link
 * either inside the app or an http(s) link that opens safely in a new tab.
 */
export async function expectPageInert(page: Page, origin: string) {
  const found = await page.evaluate(async ([origin, dataId]) => {
    const problems: string[] = [];
    const all = Array.from(document.querySelectorAll('*'));
    for (const el of all) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) problems.push(`<${el.localName} ${a.name}>`);
        if (/^\s*(javascript|data|vbscript):/i.test(a.value) && a.name !== 'content') problems.push(`<${el.localName} ${a.name}="${a.value}">`);
      }
    }
    const banned = 'iframe, frame, frameset, object, embed, applet, base, form, img, picture, video, audio, image, meta[http-equiv="refresh"], link[rel="import"]';
    for (const el of Array.from(document.querySelectorAll(banned))) problems.push(`<${el.localName}> present`);
    // The build's own stylesheet inlined in <head> (src/app/build/inlineStyles.ts), one at most and
    // the very text of the app's file; any other <style> came from the data.
    const styles = Array.from(document.querySelectorAll('style'));
    const own = styles.filter((el) => el.parentElement === document.head && el.dataset.href?.startsWith('/'));
    for (const el of styles) if (!own.includes(el) || own.length > 1) problems.push('<style> present');
    for (const el of own) {
      const file = await fetch(new URL(el.dataset.href!, origin)).then((r) => (r.ok ? r.text() : null));
      if (file !== el.textContent) problems.push(`<style> that is not ${el.dataset.href}`);
    }
    const scripts = Array.from(document.scripts);
    // The build's own data block: JSON the browser never runs, one at most.
    const isData = (s: HTMLScriptElement) => !s.src && s.type === 'application/json' && s.id === dataId;
    if (scripts.filter(isData).length > 1) problems.push('more than one data block');
    for (const s of scripts) {
      if (isData(s)) continue;
      if (!s.src || new URL(s.src).origin !== origin) problems.push(`script ${s.src || 'inline'}`);
    }
    for (const l of Array.from(document.querySelectorAll<HTMLLinkElement>('link[href]'))) {
      if (new URL(l.href).origin !== origin) problems.push(`<link ${l.rel} ${l.href}>`);
    }
    for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      const url = new URL(a.href);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push(`link to ${a.href}`);
      else if (url.origin !== origin) {
        const rel = a.rel.split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer') || a.target !== '_blank')
          problems.push(`unsafe link ${a.href} rel="${a.rel}" target="${a.target}"`);
      }
    }
    return problems;
  }, [origin, INLINE_DATA_ID] as const);
  expect(found, 'active content or unsafe links in the page').toEqual([]);
}

/** The body's computed look, to compare against the app's own (a seed <style> would change it). */
export const bodyLook = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.body);
    const app = document.getElementById('app');
    return {
      display: s.display,
      visibility: s.visibility,
      background: s.backgroundColor,
      color: s.color,
      font: s.fontFamily,
      position: s.position,
      opacity: s.opacity,
      app: app ? getComputedStyle(app).display : 'missing',
    };
  });
