import type { SightlineEvent } from '@sightline/core';
import type { WebSocket } from 'ws';
import type { LiveFilter } from '../live/live-filter';
import type { LiveHub } from '../live/live-hub';
import type { Metrics } from '../ops/metrics';
import { CLOSE, parseJson, send, toClientFrame } from './frames';
import type { FrameHandler } from './socket-auth';

export interface LiveSocketOptions {
  hub: LiveHub;
  metrics: Metrics;
  /** Bytes queued for one subscriber past which it is too slow to keep. */
  maxBufferedBytes: number;
}

/**
 * Streams a project's stored events to one subscriber. A subscriber that cannot keep up is
 * closed with 1013 rather than buffered without bound: ingest never waits for it, and the
 * client can reconnect and fill the gap from `GET /v1/events`.
 */
export function subscribeSocket(
  socket: WebSocket,
  projectId: string,
  filter: LiveFilter,
  options: LiveSocketOptions,
): FrameHandler {
  const listener = (events: readonly SightlineEvent[]) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > options.maxBufferedBytes) {
      options.metrics.liveDropped(events.length);
      unsubscribe();
      socket.close(CLOSE.tryAgainLater, 'subscriber too slow');
      return;
    }
    send(socket, { type: 'events', events });
  };
  const unsubscribe = options.hub.subscribe(projectId, filter, listener);
  socket.once('close', unsubscribe);
  // Subscribers only listen; a ping frame is answered, anything else is ignored.
  return (text) => {
    try {
      if (toClientFrame(parseJson(text)).type === 'ping') send(socket, { type: 'pong' });
    } catch {
      // A malformed frame from a subscriber harms nothing.
    }
  };
}
