import { applyDeviceMerges, type DeviceEdges } from './device-merges';
import { nodeKey, type EdgeKind, type LinkOptions, type NodeRef, type Resolution, type ResolverOptions } from './types';
import { createUnionFind, type UnionFind } from './union-find';

export interface IdentityGraph {
  /** Record a node (an anonymous id seen on an event, for example). */
  touch(node: NodeRef): void;
  /**
   * Record an edge. Deterministic edges (`identify`, `alias`) join at once, except two people who
   * both have user ids: only an `alias` between two user ids joins those. Returns false when refused.
   */
  link(a: NodeRef, b: NodeRef, kind: EdgeKind, options?: LinkOptions): boolean;
  /** The person a node belongs to, or undefined for a node never seen. */
  resolve(node: NodeRef): string | undefined;
  explain(node: NodeRef): Resolution | undefined;
  stats(): { nodes: number; refused: number; sharedSignals: number };
}

export function createIdentityGraph(options: ResolverOptions = {}): IdentityGraph {
  const allowProbabilistic = options.allowProbabilistic ?? true;
  const deviceConfidence = options.deviceConfidence ?? 0.8;
  const rule = { minConfidence: options.minConfidence ?? 0.5, maxAnonymousIdsPerSignal: options.maxAnonymousIdsPerSignal ?? 4 };
  const indexes = new Map<string, number>();
  const keys: string[] = [];
  const deterministic = createUnionFind();
  const deviceEdges: DeviceEdges = new Map();
  const resets = new Map<number, number[]>();
  let layer: UnionFind | undefined;
  let sharedSignals = 0;
  let refused = 0;
  let observed = 0;

  const indexOf = (node: NodeRef) => {
    const key = nodeKey(node);
    let index = indexes.get(key);
    if (index === undefined) {
      index = deterministic.add();
      indexes.set(key, index);
      keys.push(key);
      if (node.kind === 'user') deterministic.addUser(index, node.id);
      layer = undefined;
    }
    return index;
  };
  // Device merges depend on every edge of a signal, so the layer is rebuilt lazily after changes.
  const probabilistic = () => {
    if (!layer) ({ layer, skipped: sharedSignals } = applyDeviceMerges(deterministic, deviceEdges, resets, rule));
    return layer;
  };

  const explain = (node: NodeRef): Resolution | undefined => {
    const index = indexes.get(nodeKey(node));
    if (index === undefined) return undefined;
    const uf = allowProbabilistic ? probabilistic() : deterministic;
    return { personId: keys[uf.find(index)] as string, probabilistic: uf.size(index) !== deterministic.size(index) };
  };

  return {
    touch: (node) => void indexOf(node),
    link(a, b, kind, { confidence = deviceConfidence, at = observed } = {}) {
      observed++;
      const ia = indexOf(a);
      const ib = indexOf(b);
      if (kind === 'device') {
        const [signal, other] = a.kind === 'device' ? [ia, ib] : [ib, ia];
        const sightings = deviceEdges.get(signal) ?? new Map();
        const before = sightings.get(other);
        sightings.set(other, {
          confidence: Math.max(before?.confidence ?? 0, confidence),
          first: Math.min(before?.first ?? at, at),
          last: Math.max(before?.last ?? at, at),
        });
        deviceEdges.set(signal, sightings);
        layer = undefined;
        return true;
      }
      if (kind === 'reset') {
        resets.set(ia, [...(resets.get(ia) ?? []), ib]);
        resets.set(ib, [...(resets.get(ib) ?? []), ia]);
        layer = undefined;
        return true;
      }
      const joined = deterministic.union(ia, ib, kind === 'alias' && a.kind === 'user' && b.kind === 'user');
      if (!joined) refused++;
      layer = undefined;
      return joined;
    },
    resolve: (node) => explain(node)?.personId,
    explain,
    stats: () => {
      if (allowProbabilistic) probabilistic();
      return { nodes: keys.length, refused, sharedSignals };
    },
  };
}
