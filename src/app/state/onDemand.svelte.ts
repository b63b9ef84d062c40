import { lazy } from './lazy.svelte.ts';

/** The on-demand chunk (see ../onDemand.ts): reading `value` starts loading it; null until it is in. */
export const onDemand = lazy(() => import('../onDemand.ts'));
