import type { StoredEvent } from '../../api/types';
import { formatDateTime, formatDuration } from '../../components/time-format';
import { isVisitorEvent } from './session-timeline';

/** Who, when, where from: one line over the session. */
export function SessionFacts(props: { events: readonly StoredEvent[] }) {
  const events = props.events.filter(isVisitorEvent);
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return null;
  const pageviews = events.filter((event) => event.type === 'pageview').length;
  return (
    <p class="session-facts muted" data-testid="session-facts">
      {formatDateTime(first.ts)} · {formatDuration(last.ts - first.ts)} · {events.length} events · {pageviews} pageviews · entered at{' '}
      <span title={first.page.url}>{first.page.path}</span> · {first.page.viewport.w}×{first.page.viewport.h} · visitor {first.anonymousId}
      {first.userId ? ` · user ${first.userId}` : ''}
    </p>
  );
}
