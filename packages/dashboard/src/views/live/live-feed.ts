import type { StoredEvent } from '../../api/types';

/** The feed keeps this many events, newest first: enough to read back, small enough to redraw. */
export const FEED_CAP = 500;
/** Events per second are averaged over this window. */
export const RATE_WINDOW_MS = 10_000;
/** Sessions shown in the latest-scores table. */
export const SCORED_SESSIONS_CAP = 50;

/** Newest first, capped; the incoming batch is in stored order (oldest first). */
export function prependCapped(feed: readonly StoredEvent[], incoming: readonly StoredEvent[], cap = FEED_CAP): StoredEvent[] {
  const next = incoming.slice().reverse();
  if (next.length >= cap) return next.slice(0, cap);
  return next.concat(feed.slice(0, cap - next.length));
}

/** Arrival counts over a sliding window, for events per second. */
export class RateMeter {
  private arrivals: Array<{ at: number; count: number }> = [];

  add(count: number, at = Date.now()): void {
    if (count > 0) this.arrivals.push({ at, count });
  }

  perSecond(now = Date.now(), windowMs = RATE_WINDOW_MS): number {
    while (this.arrivals.length > 0 && this.arrivals[0]!.at <= now - windowMs) this.arrivals.shift();
    const total = this.arrivals.reduce((sum, arrival) => sum + arrival.count, 0);
    return total / (windowMs / 1000);
  }
}

export interface LiveScore {
  sessionId: string;
  ts: number;
  props: Record<string, unknown>;
}

/** Each live session's latest score event, most recently scored first, capped. */
export function mergeScores(scores: readonly LiveScore[], incoming: readonly StoredEvent[], cap = SCORED_SESSIONS_CAP): LiveScore[] {
  const bySession = new Map(scores.map((score) => [score.sessionId, score]));
  for (const event of incoming) {
    if (event.type !== 'score') continue;
    const known = bySession.get(event.sessionId);
    if (known && known.ts > event.ts) continue;
    bySession.set(event.sessionId, { sessionId: event.sessionId, ts: event.ts, props: event.props ?? {} });
  }
  return [...bySession.values()].sort((a, b) => b.ts - a.ts).slice(0, cap);
}

/** The feed as shown: by type and by session (a substring of the id). */
export function filterFeed(feed: readonly StoredEvent[], type: string, session: string): StoredEvent[] {
  const needle = session.trim();
  return feed.filter((event) => (type === '' || event.type === type) && (needle === '' || event.sessionId.includes(needle)));
}
