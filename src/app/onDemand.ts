/**
 * Everything the first view does not need, as one chunk: the reader, the
 * share panel, the print chronology, other articles' reports and their
 * disagreements, CAMEO names, the page for a link to no event. One chunk
 * rather than one per part because they share most of their code (sources,
 * the extra messages), and nine small files compressed apart came to 3 KB
 * gzip more than one. It loads when the browser is idle after start-up
 * (printing needs it at once; see print/printMode.svelte.ts) or earlier when
 * a part is asked for (state/onDemand.svelte.ts).
 */
export { default as ReaderView } from './components/ReaderView.svelte';
export { default as SharePanel } from './components/more/SharePanel.svelte';
export { default as PrintChronology } from './components/more/PrintChronology.svelte';
export { default as MoreSources } from './components/more/MoreSources.svelte';
export { default as Disagreements } from './components/more/Disagreements.svelte';
export { default as NotFound } from './components/NotFound.svelte';
export { cameoName } from './i18n/cameo.ts';
