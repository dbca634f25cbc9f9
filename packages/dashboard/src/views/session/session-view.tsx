import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredEvent } from '../../api/types';
import { errorText } from '../../api/use-api-query';
import { href } from '../../state/router';
import { keepParams } from '../../state/segments';
import type { ViewProps } from '../view-props';
import { loadReplay } from './load-replay';
import { loadSessionEvents } from './load-session-events';
import { recordingPauses } from '../../components/recording-pauses';
import { SessionReplay, type ReplayState } from './session-replay';
import { SessionScores } from './session-scores';
import { SessionTimeline } from './session-timeline';
import { SessionFacts } from './session-facts';
import type { SeekRequest } from '../../components/replay-player';

type EventsState = { status: 'loading' | 'partial' | 'ready'; events: StoredEvent[] } | { status: 'error'; events: StoredEvent[]; error: string };

/** One session: its replay, its events and signals on a timeline that seeks the replay, and its scores over time. */
export function SessionView({ api, route }: ViewProps) {
  const sessionId = route.id ?? '';
  const [replay, setReplay] = useState<ReplayState>({ status: 'loading' });
  const [events, setEvents] = useState<EventsState>({ status: 'loading', events: [] });
  const [seek, setSeek] = useState<SeekRequest | undefined>(undefined);
  const [playhead, setPlayhead] = useState<number | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    setReplay({ status: 'loading' });
    setEvents({ status: 'loading', events: [] });
    setPlayhead(undefined);
    loadReplay(api, sessionId, () => cancelled).then(
      (recording) => {
        if (cancelled) return;
        // The Replayer needs a Meta event and a full snapshot at least.
        setReplay(recording && recording.events.length >= 2 ? { status: 'ready', recording } : { status: 'none' });
      },
      (caught: unknown) => {
        if (!cancelled) setReplay({ status: 'error', error: errorText(caught).error });
      },
    );
    loadSessionEvents(
      api,
      sessionId,
      (loaded, done) => setEvents({ status: done ? 'ready' : 'partial', events: loaded }),
      () => cancelled,
    ).catch((caught: unknown) => {
      if (!cancelled) setEvents((previous) => ({ status: 'error', events: previous.events, error: errorText(caught).error }));
    });
    return () => {
      cancelled = true;
    };
  }, [api, sessionId]);

  const recording = replay.status === 'ready' ? replay.recording : undefined;
  const list = events.events;
  // The session's span covers both its events and its recording.
  const span = useMemo(() => {
    const times = [list[0]?.ts, list[list.length - 1]?.ts, recording?.events[0]?.timestamp, recording?.events[recording.events.length - 1]?.timestamp];
    const known = times.filter((t): t is number => t !== undefined);
    return known.length === 0 ? { from: 0, to: 0 } : { from: Math.min(...known), to: Math.max(...known) };
  }, [list, recording]);

  const pauses = useMemo(() => (recording ? recordingPauses(recording.events) : []), [recording]);

  const recordingStart = useRef<number | undefined>(undefined);
  recordingStart.current = recording?.events[0]?.timestamp;
  // Stable, so memoized rows never hold a handler from before the recording arrived.
  const seekTo = useCallback((ts: number) => {
    setPlayhead(ts);
    const start = recordingStart.current;
    if (start !== undefined) setSeek((previous) => ({ offsetMs: ts - start, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);

  return (
    <section class="session-view" data-testid="session-view" data-session-id={sessionId}>
      <p>
        <a href={href('sessions', undefined, keepParams(route.params, 'sort', 'order', 'url', 'signal', 'page'))}>← Sessions</a>
      </p>
      <h1>
        Session <code>{sessionId}</code>
      </h1>
      <SessionFacts events={list} />
      <div class="session-layout">
        <SessionReplay state={replay} seek={seek} onTime={setPlayhead} />
        <SessionScores events={list} from={span.from} to={span.to} onSeek={seekTo} />
      </div>
      {events.status === 'error' && (
        <p role="alert" class="error">
          {events.error}
        </p>
      )}
      <SessionTimeline events={list} loading={events.status === 'loading' || events.status === 'partial'} from={span.from} to={span.to} playhead={playhead} pauses={pauses} onSeek={seekTo} />
    </section>
  );
}
