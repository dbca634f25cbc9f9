/** The three kinds of node in the identity graph. */
export type NodeKind = 'anonymous' | 'user' | 'device';

export interface NodeRef {
  kind: NodeKind;
  id: string;
}

/**
 * - `identify`: an anonymous id seen with a user id (deterministic, confidence 1).
 * - `alias`: two ids declared to be one person (deterministic, confidence 1).
 * - `device`: an anonymous id seen with a hashed device signal (probabilistic).
 * - `reset`: an anonymous id replaced by another at logout. It joins nothing: a device signal
 *   seen with both ids is a computer people take turns on, and is not used.
 */
export type EdgeKind = 'identify' | 'alias' | 'device' | 'reset';

export interface ResolverOptions {
  /** Let device signals merge anonymous ids. Default true; false keeps only deterministic merges. */
  allowProbabilistic?: boolean;
  /** Confidence given to a device edge. Default 0.8. */
  deviceConfidence?: number;
  /** Device edges below this confidence are ignored. Default 0.5. */
  minConfidence?: number;
  /**
   * A device signal seen with more anonymous ids than this is a shared or public computer (or a
   * common device model) and never merges anyone. Default 4. A signal whose ids take turns
   * (an older id seen again after a newer one appeared) is not used either.
   */
  maxAnonymousIdsPerSignal?: number;
}

export interface LinkOptions {
  /** Confidence of a device edge; default `deviceConfidence`. Deterministic edges are always 1. */
  confidence?: number;
  /** When the edge was seen (epoch ms of the event); default the order of `link` calls. */
  at?: number;
}

export interface Resolution {
  /** Stable id of the person: the key of the first node seen in their component. */
  personId: string;
  /** True when the person includes ids joined only through a device signal. */
  probabilistic: boolean;
}

export const nodeKey = (ref: NodeRef) => `${ref.kind}:${ref.id}`;
export const anonymous = (id: string): NodeRef => ({ kind: 'anonymous', id });
export const user = (id: string): NodeRef => ({ kind: 'user', id });
export const device = (id: string): NodeRef => ({ kind: 'device', id });
