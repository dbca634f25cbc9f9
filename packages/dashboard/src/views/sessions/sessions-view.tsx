import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SessionSummary } from '../../api/types';
import { SegmentBar } from '../../components/segment-bar';
import { useApiQuery } from '../../api/use-api-query';
import { navigate } from '../../state/router';
import type { ViewProps } from '../view-props';
import { SessionsFilters } from './sessions-filters';
import { PAGE_SIZE, readFilter, scopeKey, sessionsQuery, withChanges } from './sessions-query';
import { SessionsTable } from './sessions-table';

/** Sessions ranked by any score or by time, filtered by URL, range and frustration signal. */
export function SessionsView({ api, route }: ViewProps) {
  const [refreshed, setRefreshed] = useState(0);
  const search = route.params.toString();
  const filter = readFilter(route.params);
  // The time window is fixed when the filters change (or on refresh), not on every render.
  const query = useMemo(() => sessionsQuery(route.params), [search, refreshed]);
  const state = useApiQuery<{ sessions: SessionSummary[] }>(api, '/v1/query/sessions', query);
  const change = (changes: Record<string, string | undefined>) => navigate('sessions', undefined, withChanges(route.params, changes));
  // The segment bar keeps every other parameter: a new segment or range starts again at page 1.
  const scope = scopeKey(route.params);
  const lastScope = useRef(scope);
  useEffect(() => {
    if (lastScope.current !== scope && filter.page > 0) change({});
    lastScope.current = scope;
  }, [scope]);
  const sessions = state.data?.sessions ?? [];

  return (
    <section class="sessions-view">
      <SegmentBar route={route} />
      <h1>Sessions</h1>
      <SessionsFilters
        filter={filter}
        onChange={change}
        onRefresh={() => setRefreshed((n) => n + 1)}
      />
      <div class="sessions-status" data-testid="sessions-status" data-state={state.status} aria-live="polite">
        {state.status === 'loading' && <span class="muted">Loading…</span>}
        {state.status === 'error' && (
          <span role="alert" class="error">
            {state.error}
          </span>
        )}
      </div>
      {state.data && sessions.length === 0 ? (
        <p class="panel muted" data-testid="sessions-empty">
          No session matches these filters.
        </p>
      ) : (
        <div class="table-scroll">
          <SessionsTable sessions={sessions} filter={filter} params={route.params} onSort={(sort, order) => change({ sort, order })} />
        </div>
      )}
      <nav class="pager" aria-label="Pages" data-testid="sessions-pager">
        <button type="button" disabled={filter.page === 0} onClick={() => change({ page: filter.page > 1 ? String(filter.page - 1) : undefined })}>
          ← Previous
        </button>
        <span class="muted">
          {sessions.length === 0 ? 'none' : `${filter.page * PAGE_SIZE + 1}–${filter.page * PAGE_SIZE + sessions.length}`}
        </span>
        <button type="button" disabled={sessions.length < PAGE_SIZE} onClick={() => change({ page: String(filter.page + 1) })}>
          Next →
        </button>
      </nav>
    </section>
  );
}
