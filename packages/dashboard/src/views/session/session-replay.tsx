import type { ReplayRecording } from '../../api/types';
import { ReplayPlayer, type SeekRequest } from '../../components/replay-player';

export type ReplayState = { status: 'loading' | 'none' } | { status: 'ready'; recording: ReplayRecording } | { status: 'error'; error: string };

/** The replay, or why there is none. */
export function SessionReplay({ state, seek, onTime }: { state: ReplayState; seek: SeekRequest | undefined; onTime(ts: number): void }) {
  return (
    <div class="panel session-replay">
      <h2>Replay</h2>
      {state.status === 'loading' && <p class="muted">Loading the recording…</p>}
      {state.status === 'none' && (
        <p class="muted" data-testid="replay-missing">
          This session has no recording. Its events and scores are below.
        </p>
      )}
      {state.status === 'error' && (
        <p role="alert" class="error" data-testid="replay-error">
          The recording cannot be loaded: {state.error}
        </p>
      )}
      {state.status === 'ready' && <ReplayPlayer key={state.recording.sessionId} events={state.recording.events} seek={seek} onTime={onTime} />}
    </div>
  );
}
