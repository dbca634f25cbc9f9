import type { StoredEvent } from './types';

export interface LiveOptions {
  key: string;
  types?: readonly string[];
  sessionId?: string;
  onEvents(events: StoredEvent[]): void;
  onStatus(status: LiveStatus, reason?: string): void;
}

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
      } else if (frame.type === 'events' && frame.events) options.onEvents(frame.events);
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
