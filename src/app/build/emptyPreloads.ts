import { parseAst } from 'vite';

/**
 * Vite wraps every dynamic `import()` in its preload helper, which fetches
 * the chunk's dependencies and styles first, even when there are none
 * (vitejs/vite#13952). Here there never are (one stylesheet, and the
 * on-demand chunk needs only what the first load has), so the calls are
 * `helper(() => import("./x.js")…, [])`, and the helper is about 0.6 KB
 * gzip of code that never does anything: this unwraps such calls, and
 * when none is left marks the helper's feature test as pure, so the
 * minifier after it drops both. A chunk with any call that has
 * dependencies is left exactly as it was.
 */
export function withoutEmptyPreloads(code: string): string {
  if (!code.includes('vite:preloadError')) return code;
  const ast = parseAst(code) as unknown as Node;
  const helpers = new Set<string>();
  let featureTest: Node | null = null;
  walk(ast, (node) => {
    if (node.type !== 'VariableDeclarator' || node.id?.type !== 'Identifier' || !node.init) return;
    const text = code.slice(node.init.start, node.init.end);
    if (/^(?:async\s*)?function\b|=>/.test(text) && text.includes('vite:preloadError')) helpers.add(node.id.name!);
    // const scriptRel = (function detectScriptRel() { …relList.supports("modulepreload")… })()
    else if (node.init.type === 'CallExpression' && /relList[\s\S]*modulepreload/.test(text)) featureTest = node.init;
  });
  if (helpers.size === 0) return code;
  const edits: [start: number, end: number, text: string][] = [];
  let kept = false;
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee?.type !== 'Identifier' || !helpers.has(node.callee.name!)) return;
    const [load, deps] = node.arguments ?? [];
    const unwrappable =
      load?.type === 'ArrowFunctionExpression' && load.params!.length === 0 && load.body!.type !== 'BlockStatement' &&
      deps?.type === 'ArrayExpression' && deps.elements!.length === 0;
    if (unwrappable) edits.push([node.start, node.end, `(${code.slice(load.body!.start, load.body!.end)})`]);
    else kept = true;
  });
  if (kept || edits.length === 0) return code;
  const test = featureTest as Node | null;
  if (test) edits.push([test.start, test.start, '/*@__PURE__*/']);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

interface Node {
  type: string;
  start: number;
  end: number;
  id?: Node;
  name?: string;
  init?: Node | null;
  callee?: Node;
  arguments?: Node[];
  params?: Node[];
  body?: Node;
  elements?: (Node | null)[];
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value, visit);
}
