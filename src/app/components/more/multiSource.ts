/** Loaded on demand, when an event with more than one source is first shown. */
export { default as MoreSources } from './MoreSources.svelte';
export { default as Disagreements } from './Disagreements.svelte';
