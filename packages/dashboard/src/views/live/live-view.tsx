import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { connectLive, type LiveStatus } from '../../api/live';
import type { StoredEvent } from '../../api/types';
import { describeEvent } from '../../components/timeline-list';
import { formatTime } from '../../components/time-format';
import { href } from '../../state/router';
import type { ViewProps } from '../view-props';
import { filterFeed, type LiveScore, mergeScores, prependCapped, RateMeter } from './live-feed';
import { LiveScores } from './live-scores';

/** Batches are drawn at most this often, so a busy project does not redraw per frame. */
const FLUSH_MS = 500;

/** Events and scores as they are stored, from the `/v1/live` stream. */
export function LiveView({ api, route }: ViewProps) {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const [feed, setFeed] = useState<StoredEvent[]>([]);
  const [scores, setScores] = useState<LiveScore[]>([]);
  const [rate, setRate] = useState(0);
  const [total, setTotal] = useState(0);
  const [type, setType] = useState(route.params.get('type') ?? '');
  const [session, setSession] = useState(route.params.get('session') ?? '');
  const pending = useRef<StoredEvent[]>([]);
  const meter = useRef(new RateMeter());

  useEffect(() => {
    const connection = connectLive({
      key: api.key,
      onStatus: (next, reason) => {
        setStatus(next);
        setRefusal(next === 'refused' ? (reason ?? 'the server refused the stream') : undefined);
      },
      onEvents: (events) => {
        pending.current.push(...events);
        meter.current.add(events.length);
      },
      readAfter: async (after) => (await api.get<{ events: StoredEvent[] }>('/v1/events', { after, limit: 1000 })).events,
    });
    const timer = setInterval(() => {
      const batch = pending.current;
      if (batch.length > 0) {
        pending.current = [];
        setFeed((previous) => prependCapped(previous, batch));
        setScores((previous) => mergeScores(previous, batch));
        setTotal((previous) => previous + batch.length);
      }
      setRate(meter.current.perSecond());
    }, FLUSH_MS);
    return () => {
      clearInterval(timer);
      connection.close();
    };
  }, [api]);

  const types = useMemo(() => [...new Set([...feed.map((event) => event.type), ...(type ? [type] : [])])].sort(), [feed, type]);
  const shown = useMemo(() => filterFeed(feed, type, session), [feed, type, session]);

  return (
    <section class="live-view">
      <div class="live-header">
        <h1>Live</h1>
        <span class="live-status" data-testid="live-status" data-status={status} role="status">
          {status}
        </span>
        {refusal && (
          <span role="alert" class="error">
            {refusal}
          </span>
        )}
        <span class="live-rate muted" data-testid="live-rate" title="averaged over the last 10 seconds">
          {rate.toFixed(1)} events/s
        </span>
        <span class="muted" data-testid="live-total">
          {total} received
        </span>
      </div>
      <div class="toolbar">
        <select aria-label="Event type" data-testid="live-type-filter" value={type} onChange={(event) => setType(event.currentTarget.value)}>
          <option value="">All types</option>
          {types.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Session"
          data-testid="live-session-filter"
          placeholder="Session id"
          value={session}
          onInput={(event) => setSession(event.currentTarget.value)}
        />
        {(type || session) && (
          <button
            type="button"
            class="link"
            onClick={() => {
              setType('');
              setSession('');
            }}
          >
            Clear filters
          </button>
        )}
      </div>
      <div class="live-layout">
        <div class="panel">
          <h2>
            Events <span class="muted">{shown.length === feed.length ? `last ${feed.length}` : `${shown.length} of the last ${feed.length}`}</span>
          </h2>
          {shown.length === 0 ? (
            <p class="muted" data-testid="live-empty">
              {status === 'live' ? 'Waiting for events…' : 'Connecting…'}
            </p>
          ) : (
            <ol class="live-feed" data-testid="live-feed">
              {shown.map((event) => (
                <li key={event.id} class={event.type} data-testid="live-event" data-type={event.type} data-session-id={event.sessionId}>
                  <span class="muted">{formatTime(event.ts)}</span>
                  <span>{event.type}</span>
                  <button type="button" class="link" title="Show only this session" onClick={() => setSession(event.sessionId)}>
                    {event.sessionId.slice(0, 12)}
                  </button>
                  <span class="muted">{describeEvent(event)}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        <LiveScores scores={session ? scores.filter((score) => score.sessionId.includes(session.trim())) : scores} onPickSession={setSession} />
      </div>
      <p class="muted">
        Past sessions are in <a href={href('sessions')}>Sessions</a>.
      </p>
    </section>
  );
}
