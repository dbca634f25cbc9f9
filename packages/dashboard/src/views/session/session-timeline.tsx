import { useMemo, useState } from 'preact/hooks';
import type { StoredEvent } from '../../api/types';
import { TimelineList } from '../../components/timeline-list';
import { isSignal, TimelineTrack } from '../../components/timeline-track';
import type { RecordingPause } from '../../components/recording-pauses';

/** Recording transport, not something the visitor did. */
const HIDDEN_TYPES = new Set(['replay_chunk', 'replay_stats']);
export const isVisitorEvent = (event: StoredEvent): boolean => !HIDDEN_TYPES.has(event.type);
/** Rows rendered at once: a long session's list stays quick to draw. */
const LIST_CAP = 2000;

export function SessionTimeline(props: {
  events: readonly StoredEvent[];
  loading: boolean;
  from: number;
  to: number;
  playhead: number | undefined;
  pauses: readonly RecordingPause[];
  onSeek(ts: number): void;
}) {
  const { events, loading, from, to, playhead, pauses, onSeek } = props;
  const [signalsOnly, setSignalsOnly] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const visible = useMemo(() => events.filter(isVisitorEvent), [events]);
  const rows = useMemo(() => (signalsOnly ? visible.filter(isSignal) : visible), [visible, signalsOnly]);
  const shown = showAll ? rows : rows.slice(0, LIST_CAP);
  // The list is rebuilt only when its rows change, not on every playhead tick.
  const list = useMemo(() => <TimelineList events={shown} from={from} onSeek={onSeek} />, [shown.length, rows, from]);
  const signalCount = useMemo(() => visible.filter(isSignal).length, [visible]);

  return (
    <div class="panel session-timeline" data-testid="session-timeline">
      <h2>
        Timeline <span class="muted">{loading ? 'loading…' : `${visible.length} events, ${signalCount} frustration signals`}</span>
      </h2>
      <TimelineTrack events={visible} from={from} to={to} playhead={playhead} pauses={pauses} onSeek={onSeek} />
      <label class="toolbar">
        <input type="checkbox" checked={signalsOnly} onChange={(event) => setSignalsOnly(event.currentTarget.checked)} /> Frustration signals only
      </label>
      {list}
      {shown.length < rows.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {rows.length} events
        </button>
      )}
    </div>
  );
}
