import { compositeSummary } from '../api/scores';
import type { StoredEvent } from '../api/types';
import { isSignal } from './timeline-track';
import { formatClock } from './time-format';

/** What a row says about an event besides its type: the element, the page or the custom name. */
export function describeEvent(event: StoredEvent): string {
  if (event.type === 'pageview') return event.page.path;
  if (event.type === 'score') return compositeSummary(event.props);
  const target = event.target ? (event.target.text ? `${event.target.selector} “${event.target.text}”` : event.target.selector) : '';
  return [event.name, target].filter(Boolean).join(' · ') || event.page.path;
}

/** The session's events in order; a click seeks the replay there. */
export function TimelineList(props: { events: readonly StoredEvent[]; from: number; onSeek(ts: number): void }) {
  const { events, from, onSeek } = props;
  return (
    <ol class="timeline-list" data-testid="timeline-list">
      {events.map((event) => (
        <li key={event.id} class={isSignal(event) ? `signal ${event.type}` : undefined} data-type={event.type}>
          <button type="button" class="link" onClick={() => onSeek(event.ts)} title="Show in the replay">
            {formatClock(event.ts - from)}
          </button>
          <span class={`event-type ${event.type}`}>{event.type}</span>
          <span class="muted">{describeEvent(event)}</span>
        </li>
      ))}
    </ol>
  );
}
