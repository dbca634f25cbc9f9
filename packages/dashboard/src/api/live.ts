import type { StoredEvent } from './types';

export interface LiveOptions {
  key: string;
  types?: readonly string[];
  sessionId?: string;
  onEvents(events: StoredEvent[]): void;
  onStatus(status: LiveStatus, reason?: string): void;
  /**
   * Stored events after the one with this id, in (ts, id) order (`GET /v1/events?after=`): after
   * a reconnect, what arrived while the socket was down is read from there, as the server's
   * docs say a subscriber must.
   */
  readAfter?(id: string): Promise<StoredEvent[]>;
}

// Ids already handed on, so an event both streamed and read back after a reconnect shows once.
const REMEMBERED_IDS = 5_000;
// Pages of the gap read back after a reconnect, at most; the rest is history, not live.
const MAX_GAP_PAGES = 5;

/** `refused`: the server turned the key or the filter down; retrying would not help. */
export type LiveStatus = 'connecting' | 'live' | 'closed' | 'refused';

/** Close codes after which the stream does not reconnect (docs/server.md, "Close codes"). */
const FINAL_CLOSE_CODES = new Set([4400, 4401, 4403]);

/**
 * Subscribes to `/v1/live`. The read key goes in the first frame, never in the URL; the socket
 * reconnects with a growing delay until `close()` is called or the server refuses the key or the
 * filter.
 */
export function connectLive(options: LiveOptions): { close(): void } {
  let socket: WebSocket | null = null;
  let closed = false;
  let delay = 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reason: string | undefined;
  let last: { ts: number; id: string } | undefined;
  let wasLive = false;
  const seen = new Set<string>();

  const deliver = (events: StoredEvent[]) => {
    const fresh = events.filter((event) => !seen.has(event.id));
    for (const event of fresh) {
      seen.add(event.id);
      if (!last || event.ts > last.ts || (event.ts === last.ts && event.id > last.id)) last = { ts: event.ts, id: event.id };
    }
    while (seen.size > REMEMBERED_IDS) seen.delete(seen.values().next().value as string);
    if (fresh.length > 0) options.onEvents(fresh);
  };

  const matches = (event: StoredEvent) =>
    (!options.types?.length || options.types.includes(event.type)) && (!options.sessionId || event.sessionId === options.sessionId);

  /** What was stored while the socket was down. */
  const fillGap = async () => {
    let after = last?.id;
    for (let page = 0; after !== undefined && page < MAX_GAP_PAGES && !closed; page++) {
      const events = await options.readAfter!(after).catch(() => []);
      deliver(events.filter(matches));
      if (events.length === 0) return;
      after = events[events.length - 1]!.id;
    }
  };

  const open = () => {
    const url = new URL('/v1/live', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (options.types?.length) url.searchParams.set('types', options.types.join(','));
    if (options.sessionId) url.searchParams.set('sessionId', options.sessionId);
    options.onStatus('connecting');
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'auth', key: options.key }));
    ws.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as { type: string; events?: StoredEvent[]; message?: string };
      if (frame.type === 'error') reason = frame.message;
      else if (frame.type === 'ready') {
        delay = 500;
        options.onStatus('live');
        if (wasLive && options.readAfter) void fillGap();
        wasLive = true;
      } else if (frame.type === 'events' && frame.events) deliver(frame.events);
    };
    ws.onclose = (event) => {
      if (!closed && FINAL_CLOSE_CODES.has(event.code)) {
        options.onStatus('refused', reason ?? event.reason);
        return;
      }
      options.onStatus('closed');
      if (closed) return;
      timer = setTimeout(open, delay);
      delay = Math.min(delay * 2, 15_000);
    };
  };
  open();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
