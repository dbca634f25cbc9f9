import type { Api, QueryParams } from '../../api/client';
import type { FrustrationRateRow } from '../../api/types';

export interface PagePath {
  path: string;
  sessions: number;
}

/**
 * Paths seen in the range, busiest first. Read from the frustration rates: one grouped query
 * that already lists every path with its sessions under the current segment, where the
 * sessions list would return whole session rows and only their entry pages.
 */
export async function loadPagePaths(api: Api, scope: QueryParams, limit = 50): Promise<PagePath[]> {
  const { rows } = await api.get<{ rows: FrustrationRateRow[] }>('/v1/query/frustration/rates', { ...scope, interval: 'day' });
  return pathTotals(rows).slice(0, limit);
}

/** Sessions per path summed over buckets (a session spanning two days counts in each). */
export function pathTotals(rows: readonly FrustrationRateRow[]): PagePath[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.path, (totals.get(row.path) ?? 0) + row.sessions);
  return [...totals].map(([path, sessions]) => ({ path, sessions })).sort((a, b) => b.sessions - a.sessions || (a.path < b.path ? -1 : 1));
}
