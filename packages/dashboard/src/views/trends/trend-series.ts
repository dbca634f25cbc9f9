import { FRUSTRATION_SIGNALS, type FrustrationRateRow, type FrustrationSignal } from '../../api/types';

export interface PathTrend {
  path: string;
  /** Sessions summed over buckets. */
  sessions: number;
  buckets: FrustrationRateRow[];
}

/** Rows of the rates answer grouped by path, busiest paths first, buckets in time order. */
export function groupByPath(rows: readonly FrustrationRateRow[]): PathTrend[] {
  const byPath = new Map<string, PathTrend>();
  for (const row of rows) {
    const trend = byPath.get(row.path) ?? { path: row.path, sessions: 0, buckets: [] };
    trend.sessions += row.sessions;
    trend.buckets.push(row);
    byPath.set(row.path, trend);
  }
  for (const trend of byPath.values()) trend.buckets.sort((a, b) => a.t - b.t);
  return [...byPath.values()].sort((a, b) => b.sessions - a.sessions || (a.path < b.path ? -1 : 1));
}

export interface Split {
  before: number | null;
  after: number | null;
  /** Sessions behind each side, so a tiny sample reads as one. */
  beforeSessions: number;
  afterSessions: number;
}

/**
 * A signal's rate before and after `marker`, each weighted by sessions (affected sessions ÷
 * sessions over all buckets on that side), not an average of bucket rates where a quiet night
 * would count as much as a busy day. A bucket belongs to the side its start is on.
 */
export function splitRate(buckets: readonly FrustrationRateRow[], signal: FrustrationSignal, marker: number | null): Split {
  let beforeHit = 0;
  let beforeAll = 0;
  let afterHit = 0;
  let afterAll = 0;
  for (const bucket of buckets) {
    const hit = bucket.signals[signal]?.sessions ?? 0;
    if (marker !== null && bucket.t >= marker) {
      afterHit += hit;
      afterAll += bucket.sessions;
    } else {
      beforeHit += hit;
      beforeAll += bucket.sessions;
    }
  }
  return {
    before: beforeAll === 0 ? null : beforeHit / beforeAll,
    after: marker === null || afterAll === 0 ? null : afterHit / afterAll,
    beforeSessions: beforeAll,
    afterSessions: afterAll,
  };
}

/** `show=rage_click,dead_click` from the hash, or the three element signals. */
export function shownSignals(param: string | null): FrustrationSignal[] {
  const picked = (param ?? '').split(',').filter((s): s is FrustrationSignal => (FRUSTRATION_SIGNALS as readonly string[]).includes(s));
  return picked.length > 0 ? picked : ['rage_click', 'dead_click', 'error_click'];
}

/** The bucket size that gives a readable number of points for the range. */
export function defaultInterval(range: string | null): 'minute' | 'hour' | 'day' {
  if (range === '1h') return 'minute';
  if (range === '24h') return 'hour';
  return 'day';
}

export const percent = (value: number | null, digits = 1): string => (value === null ? '–' : `${(value * 100).toFixed(digits)}%`);
