/**
 * When generated news happens: most of it in a few dense crises of about
 * three weeks (the way a story breaks and fades), the rest a long tail over
 * two decades. Both the corpus and the generated timelines use this, so the
 * apps are measured on the shape real collections have.
 */
import type { Rng } from './prng.ts';

const DAY_MS = 86_400_000;
const TAIL_FROM = Date.UTC(2005, 0, 1);
const TAIL_TO = Date.UTC(2025, 5, 30);

export interface Cluster {
  start: number;
  days: number;
}

/** The crises: the same for every article of a corpus (one shared stream). */
export function clusters(clusterRng: Rng, count = 5): Cluster[] {
  return Array.from({ length: count }, () => ({
    start: Date.UTC(clusterRng.int(2012, 2024), clusterRng.int(0, 11), clusterRng.int(1, 28)),
    days: clusterRng.int(14, 28),
  }));
}

/** A publication instant: 70% inside a crisis (front-loaded), 30% in the tail. */
export function pickPublication(rng: Rng, crises: readonly Cluster[], inCluster = 0.7): Date {
  const secondOfDay = rng.int(0, 86_399) * 1000;
  if (crises.length && rng.chance(inCluster)) {
    const c = rng.pick(crises);
    const day = Math.floor(c.days * rng.next() ** 2);
    return new Date(c.start + day * DAY_MS + secondOfDay);
  }
  const day = Math.floor(rng.next() * ((TAIL_TO - TAIL_FROM) / DAY_MS));
  return new Date(TAIL_FROM + day * DAY_MS + secondOfDay);
}
