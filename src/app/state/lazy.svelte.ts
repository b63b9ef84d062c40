/**
 * A module loaded on first use: reading `value` starts the import and gives
 * null until it is in, then the module (reactively). Lets components show
 * rarely used parts without {#await} blocks in the main bundle.
 */
export function lazy<T>(load: () => Promise<T>): { readonly value: T | null } {
  let value = $state.raw<T | null>(null);
  let started = false;
  return {
    get value() {
      if (!started) {
        started = true;
        load().then((m) => (value = m));
      }
      return value;
    },
  };
}
