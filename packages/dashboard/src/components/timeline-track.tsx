import { FRUSTRATION_SIGNALS } from '../api/types';
import type { StoredEvent } from '../api/types';
import { SIGNAL_LABELS } from './signal-badges';
import { formatClock } from './time-format';
import { PAUSE_LABELS, type RecordingPause } from './recording-pauses';

const SIGNALS = new Set<string>(FRUSTRATION_SIGNALS);

export const isSignal = (event: StoredEvent): boolean => SIGNALS.has(event.type);

/** Where `ts` falls on [from, to], as a CSS percentage. */
export function trackPercent(ts: number, from: number, to: number): number {
  if (to <= from) return 0;
  return Math.max(0, Math.min(100, ((ts - from) / (to - from)) * 100));
}

/**
 * The session as one bar: page views as ticks, frustration signals as markers that seek the
 * replay, stretches where the recorder paused as bands, and the replay's playhead.
 */
export function TimelineTrack(props: {
  events: readonly StoredEvent[];
  from: number;
  to: number;
  playhead?: number | undefined;
  pauses?: readonly RecordingPause[];
  onSeek(ts: number): void;
}) {
  const { events, from, to, playhead, pauses = [], onSeek } = props;
  const pageviews = events.filter((event) => event.type === 'pageview');
  const signals = events.filter(isSignal);
  return (
    <div class="timeline-track" data-testid="timeline-track">
      <div
        class="timeline-bar"
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          if (box.width > 0) onSeek(from + ((event.clientX - box.left) / box.width) * (to - from));
        }}
      >
        {pauses.map((pause) => {
          const left = trackPercent(pause.from, from, to);
          const label = `${PAUSE_LABELS[pause.reason] ?? 'Recording paused'} (${formatClock(pause.from - from)} to ${formatClock(pause.to - from)})`;
          return (
            <span
              key={pause.from}
              class="timeline-pause"
              data-testid="timeline-pause"
              data-reason={pause.reason}
              style={{ left: `${left}%`, width: `${Math.max(0.5, trackPercent(pause.to, from, to) - left)}%` }}
              title={label}
              aria-label={label}
            />
          );
        })}
        {pageviews.map((event) => (
          <span key={event.id} class="timeline-tick" style={{ left: `${trackPercent(event.ts, from, to)}%` }} title={`pageview ${event.page.path}`} />
        ))}
        {playhead !== undefined && <span class="timeline-playhead" style={{ left: `${trackPercent(playhead, from, to)}%` }} />}
      </div>
      <div class="timeline-markers">
        {signals.map((event) => (
          <button
            key={event.id}
            type="button"
            class={`timeline-marker ${event.type}`}
            style={{ left: `${trackPercent(event.ts, from, to)}%` }}
            data-testid="timeline-marker"
            data-type={event.type}
            data-ts={event.ts}
            title={`${SIGNAL_LABELS[event.type] ?? event.type} at ${formatClock(event.ts - from)}${event.target ? ` on ${event.target.selector}` : ''}`}
            aria-label={`${SIGNAL_LABELS[event.type] ?? event.type} at ${formatClock(event.ts - from)}`}
            onClick={() => onSeek(event.ts)}
          />
        ))}
      </div>
    </div>
  );
}
