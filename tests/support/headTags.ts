/**
 * The <head> tags a link-card reader sees, read back the way a crawler would:
 * attribute values unescaped as an HTML parser would. Shared by the unit tests
 * of the event pages and the end-to-end tests of the built site.
 */
export function headTags(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const unescape = (s: string) =>
    s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const meta = new Map<string, string>();
  for (const m of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)) meta.set(m[1]!, unescape(m[2]!));
  const canonical = /<link rel="canonical" href="([^"]*)"/.exec(head)?.[1];
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1];
  return { meta, canonical: canonical && unescape(canonical), title: title && unescape(title), head };
}
