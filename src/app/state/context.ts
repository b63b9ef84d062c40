import { createContext } from 'svelte';
import type { Explorer } from './explorer.svelte.ts';

/** Typed access to the one Explorer: `setExplorer` in App, `getExplorer` in any component below it. */
export const [getExplorer, setExplorer] = createContext<Explorer>();
