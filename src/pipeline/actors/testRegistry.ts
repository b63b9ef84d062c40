import { createActorRegistry } from './index.ts';

/**
 * For tests: one article's paragraphs learned, then looked up in order; what
 * each paragraph names, as `text=English name`.
 */
export function namesFoundIn(...texts: string[]): string[][] {
  const registry = createActorRegistry();
  registry.startDocument();
  for (const text of texts) registry.learn(text);
  registry.startDocument();
  return texts.map((text) => registry.find(text).map((m) => `${m.text}=${registry.get(m.actorId)?.name}`));
}
