import type { ScopedStorage } from '@sightline/core';

/** `full`: record and send; `buffer`: keep a rolling buffer until a signal; `off`: load nothing. */
export type ReplayMode = 'full' | 'buffer' | 'off';

/** What a tab remembers about its session's recording, so reloads keep the decision and the sequence. */
export interface SessionRecord {
  /** The session the decision belongs to; `null` until the first event shows it. */
  sid: string | null;
  mode: ReplayMode;
  /** Next chunk sequence number. */
  seq: number;
  /** Epoch ms when recording of this session started sending, 0 before. */
  sentSince: number;
}

const KEY = 'replay';

export function decideMode(sampleRate: number, onSignal: boolean, random: () => number = Math.random): ReplayMode {
  if (sampleRate > 0 && random() < sampleRate) return 'full';
  return onSignal ? 'buffer' : 'off';
}

export function loadRecord(storage: ScopedStorage): SessionRecord | null {
  try {
    const raw = storage.get(KEY, 'session');
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<SessionRecord>;
    const modes: ReplayMode[] = ['full', 'buffer', 'off'];
    if (!modes.includes(value.mode as ReplayMode)) return null;
    return {
      sid: typeof value.sid === 'string' ? value.sid : null,
      mode: value.mode as ReplayMode,
      seq: Number.isInteger(value.seq) && (value.seq as number) >= 0 ? (value.seq as number) : 0,
      sentSince: typeof value.sentSince === 'number' ? value.sentSince : 0,
    };
  } catch {
    return null;
  }
}

export function saveRecord(storage: ScopedStorage, record: SessionRecord): void {
  storage.set(KEY, JSON.stringify(record), 'session');
}
