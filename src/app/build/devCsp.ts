import type { Plugin } from 'vite';

/**
 * index.html's Content-Security-Policy allows styles from the app's own
 * files only (`style-src 'self'`), which the built app keeps: its CSS is one
 * stylesheet and Svelte sets dynamic styles through the CSSOM. Vite's dev
 * server, however, injects every module's CSS as a <style> element, so under
 * `vite` (and only there) style-src also allows inline styles.
 */
export function relaxStylesForDev(html: string): string {
  return html.replace(/(style-src[^;"]*?)'self'/, "$1'self' 'unsafe-inline'");
}

export function devCsp(): Plugin {
  return { name: 'threadline-dev-csp', apply: 'serve', transformIndexHtml: relaxStylesForDev };
}
