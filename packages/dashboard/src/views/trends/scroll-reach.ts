import type { Api, QueryParams } from '../../api/client';
import type { ScrollMap } from '../../api/types';

/** The depths a team compares: half the page, three quarters, the end. */
export const REACH_DEPTHS = [50, 75, 100] as const;

export interface Reach {
  sessions: number;
  shares: Record<(typeof REACH_DEPTHS)[number], number | null>;
}

function reachOf(map: ScrollMap): Reach {
  const share = (depth: number) => (map.sessions === 0 ? null : (map.depths.find((d) => d.depth === depth)?.share ?? null));
  return { sessions: map.sessions, shares: { 50: share(50), 75: share(75), 100: share(100) } };
}

/**
 * Scroll reach of one path over the range, or before and after the marker (two scroll maps
 * with the range cut at the marker): the scroll map has no time axis of its own.
 */
export async function loadReach(api: Api, path: string, scope: QueryParams, marker: number | null): Promise<{ before: Reach; after: Reach | null }> {
  const from = Number(scope.from);
  const to = Number(scope.to);
  if (marker === null || marker <= from || marker >= to) {
    return { before: reachOf(await api.get<ScrollMap>('/v1/query/scrollmap', { ...scope, url: path })), after: null };
  }
  const [before, after] = await Promise.all([
    api.get<ScrollMap>('/v1/query/scrollmap', { ...scope, url: path, to: marker }),
    api.get<ScrollMap>('/v1/query/scrollmap', { ...scope, url: path, from: marker }),
  ]);
  return { before: reachOf(before), after: reachOf(after) };
}
