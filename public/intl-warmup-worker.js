// Loads ICU's data for the renderer process (see intl-warmup.js), then ends.
new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(0);
close();
