import type { Clock, TimerHandle } from '@sightline/core';
import { parseServerMessage, PING_FRAME, type ServerMessage } from './protocol';

/** The part of the WebSocket API the transport uses; the browser's and `ws`'s both fit. */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type SocketConstructor = new (url: string) => SocketLike;

export interface ConnectionOptions {
  url: string;
  WebSocket: SocketConstructor;
  clock: Clock;
  connectTimeoutMs: number;
  heartbeatMs: number;
  onMessage(message: ServerMessage): void;
  /** The connection ended after it was ready (`opened` resolved). */
  onClose(code: number): void;
}

export interface Connection {
  /** False when the frame could not be handed to the socket. */
  send(frame: string): boolean;
  close(): void;
}

const OPEN = 1;

/**
 * One socket: resolves once the server said `ready`, rejects if it closes or times out first.
 * While open, a ping goes out after each quiet heartbeat period; a second quiet period in a row
 * means the connection is dead (no frame at all came back) and it is closed.
 */
export function openConnection(options: ConnectionOptions): Promise<Connection> {
  const { clock } = options;
  return new Promise<Connection>((resolve, reject) => {
    let socket: SocketLike;
    try {
      socket = new options.WebSocket(options.url);
    } catch (error) {
      reject(error);
      return;
    }
    let ready = false;
    let ended = false;
    let heard = true;
    let timer: TimerHandle | undefined;

    const stopTimer = () => {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    };
    const end = (code: number) => {
      if (ended) return;
      ended = true;
      stopTimer();
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      try {
        socket.close();
      } catch {
        // Already closing.
      }
      if (ready) options.onClose(code);
      else reject(new Error(`websocket closed before ready (${code})`));
    };
    const beat = () => {
      timer = clock.setTimeout(() => {
        if (!heard) return end(4000);
        heard = false;
        try {
          socket.send(PING_FRAME);
        } catch {
          return end(4000);
        }
        beat();
      }, options.heartbeatMs);
    };

    timer = clock.setTimeout(() => end(4008), options.connectTimeoutMs);
    socket.onmessage = (event) => {
      heard = true;
      const message = parseServerMessage(event.data);
      if (!message) return;
      if (message.type === 'ready' && !ready) {
        ready = true;
        stopTimer();
        beat();
        resolve(connection);
        return;
      }
      if (ready) options.onMessage(message);
    };
    socket.onclose = (event) => end(typeof event?.code === 'number' ? event.code : 1006);
    socket.onerror = () => {
      // A close event follows; browsers give no detail here.
    };
    const connection: Connection = {
      send(frame) {
        if (ended || socket.readyState !== OPEN) return false;
        try {
          socket.send(frame);
          return true;
        } catch {
          return false;
        }
      },
      close: () => end(1000),
    };
  });
}
