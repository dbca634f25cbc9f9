import type { RecordedEvent } from '../api/types';

export interface RecordingPause {
  from: number;
  to: number;
  /** `idle` (no input for minutes) or `storm` (the page changed too fast with nobody at it). */
  reason: string;
}

const EVENT_META = 4;
const EVENT_CUSTOM = 5;

/**
 * Stretches where the recorder paused itself: from its `sl-pause` marker to the next Meta event
 * (the new recording, with its full snapshot), or to the end when it never resumed.
 */
export function recordingPauses(events: readonly RecordedEvent[]): RecordingPause[] {
  const pauses: RecordingPause[] = [];
  let open: { from: number; reason: string } | null = null;
  for (const event of events) {
    if (event.type === EVENT_CUSTOM) {
      const data = event.data as { tag?: unknown; payload?: { reason?: unknown } } | undefined;
      if (data?.tag === 'sl-pause' && open === null) open = { from: event.timestamp, reason: String(data.payload?.reason ?? 'paused') };
    } else if (event.type === EVENT_META && open !== null) {
      pauses.push({ ...open, to: event.timestamp });
      open = null;
    }
  }
  const last = events[events.length - 1];
  if (open !== null && last) pauses.push({ ...open, to: last.timestamp });
  return pauses;
}

export const PAUSE_LABELS: Record<string, string> = {
  idle: 'Recording paused: no input',
  storm: 'Recording paused: the page changed very fast with nobody interacting',
};
