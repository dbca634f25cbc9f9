import { useState } from 'preact/hooks';
import { COMPOSITE_SCORES, scoreValue } from '../../api/scores';
import type { SessionSummary } from '../../api/types';
import { ScoreBreakdown } from '../../components/score-breakdown';
import { ScoreMeter } from '../../components/score-meter';
import { SignalBadges } from '../../components/signal-badges';
import { formatDateTime, formatDuration } from '../../components/time-format';
import { href } from '../../state/router';
import { keepParams } from '../../state/segments';
import type { SessionsFilter } from './sessions-query';

interface Column {
  sort: string;
  label: string;
  numeric: boolean;
}

const COLUMNS: Column[] = [
  { sort: 'started', label: 'Started', numeric: false },
  { sort: 'duration', label: 'Duration', numeric: true },
  { sort: 'events', label: 'Events', numeric: true },
  ...COMPOSITE_SCORES.map((score) => ({ sort: score.id, label: score.label, numeric: true })),
];

export function SessionsTable(props: {
  sessions: SessionSummary[];
  filter: SessionsFilter;
  params: URLSearchParams;
  onSort(sort: string, order: 'asc' | 'desc'): void;
}) {
  const { sessions, filter, params, onSort } = props;
  const [open, setOpen] = useState<string | null>(null);
  const kept = keepParams(params);

  const header = (column: Column) => {
    const active = filter.sort === column.sort;
    const next = active && filter.order === 'desc' ? 'asc' : 'desc';
    return (
      <th
        key={column.sort}
        class={column.numeric ? 'num' : undefined}
        aria-sort={active ? (filter.order === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button type="button" data-sort={column.sort} onClick={() => onSort(column.sort, next)}>
          {column.label}
          {active ? (filter.order === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };

  return (
    <table class="sessions-table" data-testid="sessions-table">
      <thead>
        <tr>
          <th aria-label="Details" />
          <th>Session</th>
          {COLUMNS.slice(0, 3).map(header)}
          <th>Device</th>
          {COLUMNS.slice(3).map(header)}
          <th>Signals</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => {
          const expanded = open === session.sessionId;
          return [
            <tr key={session.sessionId} data-testid="session-row" data-session-id={session.sessionId} class={expanded ? 'expanded' : undefined}>
              <td>
                <button
                  type="button"
                  class="row-toggle"
                  aria-expanded={expanded}
                  aria-label={expanded ? 'Hide scores' : 'Show scores'}
                  data-testid="session-expand"
                  onClick={() => setOpen(expanded ? null : session.sessionId)}
                >
                  {expanded ? '−' : '+'}
                </button>
              </td>
              <td class="session-cell">
                <a href={href('session', session.sessionId, kept)} data-testid="session-link">
                  {session.sessionId.slice(0, 12)}
                </a>
                <span class="muted entry-url" title={session.entryUrl}>
                  {session.entryUrl}
                </span>
              </td>
              <td>{formatDateTime(session.startedAt)}</td>
              <td class="num">{formatDuration(session.durationMs)}</td>
              <td class="num">{session.events}</td>
              <td>{session.device}</td>
              {COMPOSITE_SCORES.map((score) => (
                <td key={score.id} class="num" data-score={score.id}>
                  <ScoreMeter value={scoreValue(session.scores, score.id)} highIsBad={score.highIsBad} />
                </td>
              ))}
              <td>
                <SignalBadges signals={session.signals} />
              </td>
            </tr>,
            expanded && (
              <tr key={`${session.sessionId}:detail`} class="session-detail-row" data-testid="session-detail-row">
                <td />
                <td colSpan={COLUMNS.length + 3}>
                  <div class="session-facts muted">
                    visitor {session.anonymousId}
                    {session.userId ? ` · user ${session.userId}` : ''} · {session.pageviews} pageviews · ended {formatDateTime(session.endedAt)}
                  </div>
                  <ScoreBreakdown props={session.scores} />
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}
