// Runs while the app's bundle downloads (index.html loads it first, async).
//
// Why: the first Intl.DateTimeFormat a page creates loads ICU's data, 20-70 ms
// on the first paint's path (src/app/time/formatDate.ts). ICU keeps it for the
// whole renderer process, so creating one formatter in a worker, on another
// thread during the download, leaves the app's own first formatter under a
// millisecond whatever its language. Done on the main thread, the cost only
// moved. Plain JS in public/ because Vite folds every module script of
// index.html into the one bundle, which would start this too late.
// A browser that cannot start the worker loses nothing.
try {
  new Worker(new URL('intl-warmup-worker.js', import.meta.url));
} catch {
  // The app creates its formatters itself.
}
