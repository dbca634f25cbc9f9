import type { EventInput } from '@sightline/core';

interface Located {
  t: number;
  target: string;
  x?: number;
  y?: number;
}

const COUNTED = ['error_click', 'thrashed_cursor', 'quick_back', 'exit_intent'] as const;

/**
 * Signal events derived from model outputs (§2.2): one `rage_click` / `dead_click` per new entry
 * of those models' `events`, and one `error_click`, `thrashed_cursor`, `quick_back` or
 * `exit_intent` per increase of their count. A count that drops (session expiry) restarts.
 */
export function createSignalTracker(tagOf: (selector: string) => string) {
  const seen = new Map<string, number>();
  const advance = (id: string, count: number) => {
    const before = seen.get(id) ?? 0;
    seen.set(id, count);
    return count < before ? 0 : count - before;
  };
  return (scores: Readonly<Record<string, unknown>>, emit: (input: EventInput) => void) => {
    for (const id of ['rage_click', 'dead_click']) {
      const events = (scores[id] as { events?: Located[] } | undefined)?.events;
      if (!Array.isArray(events)) continue;
      const fresh = advance(id, events.length);
      for (const e of events.slice(events.length - fresh)) {
        const props: Record<string, number> = e.x === undefined ? { t: e.t } : { t: e.t, x: e.x, y: e.y ?? 0 };
        emit({ type: id, target: { selector: e.target, tag: tagOf(e.target) }, props });
      }
    }
    for (const id of COUNTED) {
      const output = scores[id] as { count?: number; lastConfidence?: number | null } | undefined;
      if (typeof output?.count !== 'number') continue;
      const fresh = advance(id, output.count);
      for (let i = 0; i < fresh; i++) {
        emit({ type: id, props: id === 'exit_intent' ? { count: output.count, confidence: output.lastConfidence ?? null } : { count: output.count } });
      }
    }
  };
}
