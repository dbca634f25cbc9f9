import type { UnionFind } from './union-find';

export interface DeviceRule {
  minConfidence: number;
  maxAnonymousIdsPerSignal: number;
}

/** One anonymous id seen with one signal: the best confidence, and when it was first and last seen. */
export interface DeviceSighting {
  confidence: number;
  first: number;
  last: number;
}

/** Per device signal (node index): its sightings, by anonymous id (node index). */
export type DeviceEdges = Map<number, Map<number, DeviceSighting>>;

/**
 * After a cookie clear the old id never comes back: one browser's ids follow each other. Ids
 * that take turns on one signal are two browsers that look alike, or a computer in shared use.
 */
function takesTurns(sightings: DeviceSighting[]): boolean {
  const ordered = [...sightings].sort((a, b) => a.first - b.first);
  for (let i = 1; i < ordered.length; i++) {
    if ((ordered[i] as DeviceSighting).first < (ordered[i - 1] as DeviceSighting).last) return true;
  }
  return false;
}

/**
 * Builds the probabilistic layer: a copy of the deterministic components, joined through every
 * device signal that passes the gates. A signal is not used when it is seen with too many
 * anonymous ids, with ids that take turns, with both sides of a logout, or with ids that
 * already belong to two users.
 */
export function applyDeviceMerges(
  deterministic: UnionFind,
  edges: DeviceEdges,
  resets: ReadonlyMap<number, readonly number[]>,
  rule: DeviceRule,
): { layer: UnionFind; skipped: number } {
  const layer = deterministic.clone();
  let skipped = 0;
  for (const [signal, sightings] of edges) {
    const trusted = [...sightings].filter(([, seen]) => seen.confidence >= rule.minConfidence);
    if (trusted.length < 2) continue;
    const users = new Set<string>();
    for (const [index] of trusted) for (const userId of deterministic.users(index)) users.add(userId);
    const loggedOut = trusted.some(([index]) => resets.get(index)?.some((other) => sightings.has(other)));
    if (sightings.size > rule.maxAnonymousIdsPerSignal || users.size > 1 || loggedOut || takesTurns(trusted.map(([, seen]) => seen))) {
      skipped++;
      continue;
    }
    for (const [index] of trusted) layer.union(signal, index);
  }
  return { layer, skipped };
}
