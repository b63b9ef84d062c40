/**
 * The on-demand chunk (see ../onDemand.ts) for components: reading `value`
 * starts loading it and gives null until it is in, then the module
 * (reactively), so no {#await} block is needed in the main bundle.
 */
let loaded = $state.raw<typeof import('../onDemand.ts') | null>(null);
let started = false;

export const onDemand = {
  get value() {
    if (!started) {
      started = true;
      void import('../onDemand.ts').then((m) => (loaded = m));
    }
    return loaded;
  },
};
