import type { Batch, SendResult, Transport, TransportFactory } from '@sightline/core';
import { classifyAnswer } from './classify';
import type { Connection, SocketConstructor } from './connection';
import { createPendingAcks } from './pending-acks';
import { batchFrame, CLOSE_TOO_BIG, type ServerMessage } from './protocol';
import type { ReconnectPolicy } from './reconnect-delay';
import { createSocketKeeper } from './socket-keeper';
import { socketUrl } from './socket-url';

export type WsStatus = 'open' | 'closed' | 'fallback';

export interface WsTransportOptions {
  /** Overrides the client's `endpoint`; `http(s)://` becomes `ws(s)://`. */
  endpoint?: string;
  /** Default `/v1/ws`. */
  path?: string;
  /** Carries page-hide sends, and every send after `maxFailedConnects` failed connects. */
  fallback?: TransportFactory;
  /** Failed connects in a row before sends go through the fallback. Default 3. */
  maxFailedConnects?: number;
  reconnect?: ReconnectPolicy;
  /** Give up on a connect (including the server's `ready`) after this long. Default 5 s. */
  connectTimeoutMs?: number;
  /** A batch not acknowledged within this long is retried and the socket replaced. Default 10 s. */
  ackTimeoutMs?: number;
  /** Quiet time before a ping; a second quiet period closes the socket as dead. Default 15 s. */
  heartbeatMs?: number;
  /** A WebSocket class to use instead of the page's. */
  WebSocket?: SocketConstructor;
  /** Told when the socket opens or closes, and when sends move to the fallback. */
  onStatus?: (status: WsStatus) => void;
}

const isAnswer = (message: ServerMessage): message is ServerMessage & { seq: number } =>
  (message.type === 'ack' || message.type === 'error' || message.type === 'retry') && typeof message.seq === 'number';

/**
 * Batches over one WebSocket, each acknowledged by sequence id after the server stored it.
 * A drop settles unanswered batches as `retry` (core re-sends; the server de-duplicates by event
 * id). Reconnects back off with jitter; after repeated failed connects, sends use the fallback
 * while the socket keeps being probed, and come back to it once a connect succeeds.
 */
export function createWsTransport(options: WsTransportOptions = {}): TransportFactory {
  return (context) => {
    const { clock } = context;
    const endpoint = options.endpoint ?? context.endpoint ?? '';
    const fallback = options.fallback?.(context);
    const maxFailed = options.maxFailedConnects ?? 3;
    const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
    const pending = createPendingAcks(clock);
    let seq = 0;
    let stopped = false;
    let wasOpen = false;
    if (!endpoint) context.onError(new Error('transport-ws: no endpoint; set `endpoint` on createClient or createWsTransport'));

    const status = (value: WsStatus) => {
      try {
        options.onStatus?.(value);
      } catch (error) {
        context.onError(error);
      }
    };
    const pageWebSocket = (context.env?.window as { WebSocket?: SocketConstructor } | undefined)?.WebSocket ?? (globalThis as { WebSocket?: SocketConstructor }).WebSocket;
    const WebSocketClass = options.WebSocket ?? (typeof pageWebSocket === 'function' ? pageWebSocket : undefined);

    const keeper = createSocketKeeper({
      url: endpoint ? socketUrl(endpoint, options.path ?? '/v1/ws', context.projectKey) : '',
      WebSocket: WebSocketClass,
      clock,
      connectTimeoutMs: options.connectTimeoutMs ?? 5000,
      heartbeatMs: options.heartbeatMs ?? 15_000,
      reconnect: options.reconnect ?? {},
      onMessage(message) {
        if (isAnswer(message)) pending.settle(message.seq, classifyAnswer(message));
      },
      onDrop(code) {
        wasOpen = false;
        status('closed');
        const tooBig: SendResult | undefined = code === CLOSE_TOO_BIG ? { status: 'rejected', reason: 'too_large' } : undefined;
        pending.settleAll({ status: 'retry', reason: 'ws_closed' }, tooBig);
      },
      onChange() {
        if (keeper.socket && !wasOpen) {
          wasOpen = true;
          status('open');
          // The backlog need not wait out core's retry backoff once the socket is back.
          context.resume();
        } else if (keeper.failed === maxFailed && fallback) status('fallback');
      },
    });

    const sendOnSocket = (connection: Connection, batch: Batch): Promise<SendResult> => {
      const id = ++seq;
      const frame = batchFrame(id, batch);
      const answer = pending.wait(id, frame.length, ackTimeoutMs, () => connection.close());
      if (!connection.send(frame)) pending.settle(id, { status: 'retry', reason: 'ws_closed' });
      return answer;
    };

    const send = async (batch: Batch, urgent: boolean): Promise<SendResult> => {
      // A socket send does not outlive the page; page-hide sends take the fallback's beacon path.
      if (urgent && fallback) return fallback.send(batch, { urgent });
      // Before the fallback takes over, a send waits for the connects it needs, one after another.
      while (!keeper.socket && !stopped && keeper.failed < maxFailed) {
        await keeper.attempt();
        if (!fallback) break;
      }
      const socket = keeper.socket;
      if (socket) return sendOnSocket(socket, batch);
      if (stopped) return { status: 'retry', reason: 'shutdown' };
      if (!fallback) return { status: 'retry', reason: 'ws_unavailable' };
      keeper.schedule();
      return fallback.send(batch, { urgent });
    };

    const transport: Transport = {
      name: 'ws',
      async send(batch, { urgent }) {
        try {
          return await send(batch, urgent);
        } catch (error) {
          context.onError(error);
          return { status: 'retry', reason: 'ws_error' };
        }
      },
      async shutdown() {
        if (stopped) return;
        stopped = true;
        keeper.stop();
        pending.settleAll({ status: 'retry', reason: 'shutdown' });
        await fallback?.shutdown?.();
      },
    };
    return transport;
  };
}
