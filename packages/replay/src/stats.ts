import type { ChunkEncoding } from './chunk/encode';

export interface ReplayStats {
  /** `full`, `buffer` (waiting for a signal), `off`, or `stopped` (budget, error, shutdown). */
  mode: string;
  /** Main-thread ms spent in the recorder's own work (see docs/replay.md for what is counted). */
  mainThreadMs: number;
  /** The longest single piece of that work, in ms. */
  longestMs: number;
  events: number;
  chunks: number;
  /** Bytes of `data` emitted. */
  bytes: number;
  /** Recorded events that were never sent: too short, buffer expired, over budget. */
  dropped: number;
  encoding: ChunkEncoding | null;
  overBudget: boolean;
  /** Times recording paused because the page stormed with nobody interacting. */
  stormPauses: number;
}

export interface StatsTracker {
  measure<T>(fn: () => T): T;
  stats: ReplayStats;
}

/**
 * Times the recorder's own work with `performance.now()` and checks it against a budget of
 * milliseconds per minute; `onOverBudget` is called once when a minute goes over.
 */
export function createStatsTracker(budgetMsPerMinute: number, onOverBudget: () => void): StatsTracker {
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  const stats: ReplayStats = {
    mode: 'off', mainThreadMs: 0, longestMs: 0, events: 0, chunks: 0, bytes: 0, dropped: 0, encoding: null, overBudget: false, stormPauses: 0,
  };
  let windowStart = now();
  let windowMs = 0;
  let depth = 0;

  const account = (ms: number) => {
    stats.mainThreadMs += ms;
    if (ms > stats.longestMs) stats.longestMs = ms;
    const at = now();
    if (at - windowStart >= 60_000) {
      windowStart = at;
      windowMs = 0;
    }
    windowMs += ms;
    if (windowMs > budgetMsPerMinute && !stats.overBudget) {
      stats.overBudget = true;
      onOverBudget();
    }
  };

  return {
    stats,
    measure(fn) {
      // Nested calls are already inside an outer measurement.
      if (depth > 0) return fn();
      depth++;
      const started = now();
      try {
        return fn();
      } finally {
        depth--;
        account(now() - started);
      }
    },
  };
}
