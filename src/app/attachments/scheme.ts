/**
 * Calls `read` now and whenever the page turns light or dark; returns the
 * cleanup. For what a canvas draws in colours it reads from the page's CSS.
 */
export function followScheme(read: () => void): () => void {
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  read();
  scheme.addEventListener('change', read);
  return () => scheme.removeEventListener('change', read);
}
