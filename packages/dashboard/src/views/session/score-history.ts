import { COMPOSITE_SCORES, scoreValue } from '../../api/scores';
import type { StoredEvent } from '../../api/types';
import type { SparkPoint } from '../../components/score-sparkline';

/** Each composite score's values over the session, from its `score` events in order. */
export function scoreHistory(events: readonly StoredEvent[]): Record<string, SparkPoint[]> {
  const history: Record<string, SparkPoint[]> = Object.fromEntries(COMPOSITE_SCORES.map((score) => [score.id, []]));
  for (const event of events) {
    if (event.type !== 'score') continue;
    for (const score of COMPOSITE_SCORES) {
      const value = scoreValue(event.props, score.id);
      if (value !== undefined) history[score.id]!.push({ ts: event.ts, value });
    }
  }
  return history;
}

/** The props of the session's latest score event: what the sessions list shows as its scores. */
export function latestScoreProps(events: readonly StoredEvent[]): Record<string, unknown> | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.type === 'score') return events[i]!.props ?? {};
  return undefined;
}
