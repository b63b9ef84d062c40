import { flushSync, type Component } from 'svelte';

/**
 * Printing shows a chronology (date, event, quote, source, with citations)
 * instead of the interactive page. The chronology is in the on-demand chunk
 * (onDemand.ts), loaded when printing starts, when the reader asks for it, or
 * once the browser is idle after start-up, so that Ctrl+P finds it ready:
 * `beforeprint` gives no time to fetch anything, only to render synchronously.
 */
export const printing = $state<{ active: boolean; Chronology: Component | null }>({ active: false, Chronology: null });

let loading: Promise<void> | null = null;

export function loadChronology(): Promise<void> {
  return (loading ??= import('../onDemand.ts').then((m) => {
    printing.Chronology = m.PrintChronology;
  }));
}

function show(active: boolean) {
  printing.active = active;
  if (active && !printing.Chronology) void loadChronology();
  // Render now: the browser lays the page out for print as soon as the handler returns.
  else if (active) flushSync();
}

/** Follows the browser into and out of print (the dialog, and print emulation); returns a cleanup. */
export function watchPrint(): () => void {
  const media = matchMedia('print');
  const onMedia = (e: MediaQueryListEvent) => show(e.matches);
  const before = () => show(true);
  const after = () => show(false);
  media.addEventListener('change', onMedia);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
  idle(() => void loadChronology(), { timeout: 5000 });
  return () => {
    media.removeEventListener('change', onMedia);
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}

/** The Print button: chronology in place (once `ready`: the quotes are in), then the browser's print dialog. */
export async function printChronology(ready?: Promise<void>) {
  await Promise.all([loadChronology(), ready]);
  printing.active = true;
  flushSync();
  print();
}
