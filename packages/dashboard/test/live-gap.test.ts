import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLive } from '../src/api/live';
import type { StoredEvent } from '../src/api/types';
import { storedEvent } from './view-support/fixtures';

class FakeSocket {
  static all: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: URL) {
    FakeSocket.all.push(this);
  }
  send() {}
  close(code = 1000, reason = '') {
    this.onclose?.({ code, reason });
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
}

const T0 = 1_700_000_000_000;

describe('live stream after a reconnect', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads what was stored while the socket was down, after the last event it had, once each', async () => {
    const first = storedEvent('s', T0, 'click');
    const missed = [storedEvent('s', T0 + 10, 'click'), storedEvent('s', T0 + 20, 'score')];
    const later = storedEvent('s', T0 + 30, 'click');
    const received: StoredEvent[] = [];
    const asked: string[] = [];
    const stored = [first, ...missed, later];
    const connection = connectLive({
      key: 'sl_r_x',
      onEvents: (events) => received.push(...events),
      onStatus: () => undefined,
      readAfter: async (after) => {
        asked.push(after);
        return stored.slice(stored.findIndex((event) => event.id === after) + 1, stored.findIndex((event) => event.id === after) + 3);
      },
    });
    FakeSocket.all[0]!.receive({ type: 'ready' });
    FakeSocket.all[0]!.receive({ type: 'events', events: [first] });
    FakeSocket.all[0]!.close(1006);
    await vi.advanceTimersByTimeAsync(600);
    const again = FakeSocket.all[1]!;
    // The stream brings the newest event before the gap is read back: it still shows once.
    again.receive({ type: 'ready' });
    again.receive({ type: 'events', events: [later] });
    await vi.advanceTimersByTimeAsync(0);
    await Promise.resolve();
    expect(asked[0]).toBe(first.id);
    expect(received.map((event) => event.id).sort()).toEqual(stored.map((event) => event.id).sort());
    connection.close();
  });

  it('reads nothing back on the first connection', async () => {
    const readAfter = vi.fn(async () => []);
    const connection = connectLive({ key: 'sl_r_x', onEvents: () => undefined, onStatus: () => undefined, readAfter });
    FakeSocket.all[0]!.receive({ type: 'ready' });
    await vi.advanceTimersByTimeAsync(0);
    expect(readAfter).not.toHaveBeenCalled();
    connection.close();
  });
});
