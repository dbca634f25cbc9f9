import type { Api } from '../../api/client';
import type { SessionEventsPage, StoredEvent } from '../../api/types';

export const EVENTS_PAGE = 1000;
/** Past this many events the timeline stops loading: a very long session still opens quickly. */
export const MAX_EVENTS = 20_000;

/**
 * Every event of a session, a page at a time (`after` = the last id of the previous page), with
 * each page handed over as it arrives so the timeline fills in progressively. Stops when
 * `isCancelled()` turns true.
 */
export async function loadSessionEvents(
  api: Api,
  sessionId: string,
  onPage: (events: StoredEvent[], done: boolean) => void,
  isCancelled: () => boolean,
): Promise<void> {
  const all: StoredEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await api.get<SessionEventsPage>('/v1/query/session-events', { sessionId, limit: EVENTS_PAGE, after });
    if (isCancelled()) return;
    all.push(...page.events);
    const done = page.events.length < EVENTS_PAGE || all.length >= MAX_EVENTS;
    onPage(all.slice(), done);
    if (done) return;
    after = page.events[page.events.length - 1]!.id;
  }
}
