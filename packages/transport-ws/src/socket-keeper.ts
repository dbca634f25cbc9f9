import type { Clock, TimerHandle } from '@sightline/core';
import { openConnection, type Connection, type SocketConstructor } from './connection';
import type { ServerMessage } from './protocol';
import { reconnectDelay, type ReconnectPolicy } from './reconnect-delay';

export interface SocketKeeperOptions {
  url: string;
  WebSocket: SocketConstructor | undefined;
  clock: Clock;
  connectTimeoutMs: number;
  heartbeatMs: number;
  reconnect: ReconnectPolicy;
  onMessage(message: ServerMessage): void;
  /** An open socket closed (the keeper is already probing for the next one). */
  onDrop(code: number): void;
  /** A connect succeeded, or the `failed` count went up. */
  onChange(): void;
}

export interface SocketKeeper {
  /** The open, ready socket, if any. */
  readonly socket: Connection | undefined;
  /** Failed connects since the last success. */
  readonly failed: number;
  /** Connects now, or waits for the scheduled attempt; resolves once that attempt is over. */
  attempt(): Promise<void>;
  /** Probe again after the backoff delay (no-op when one is already scheduled). */
  schedule(): void;
  /** Closes the socket and clears every timer. */
  stop(): void;
}

/** Keeps one socket open: connects, and after a drop or a failure probes again with backoff. */
export function createSocketKeeper(options: SocketKeeperOptions): SocketKeeper {
  const { clock } = options;
  let socket: Connection | undefined;
  let connecting: Promise<void> | undefined;
  let timer: TimerHandle | undefined;
  let failed = 0;
  let stopped = false;
  const waiters: Array<() => void> = [];

  const onClose = (code: number) => {
    socket = undefined;
    schedule();
    options.onDrop(code);
  };

  const connect = (): Promise<void> => {
    if (socket || stopped) return Promise.resolve();
    if (!options.url || !options.WebSocket) {
      // Nothing to connect with: count it as a failed connect so sends reach the fallback.
      failed++;
      options.onChange();
      return Promise.resolve();
    }
    connecting ??= openConnection({ ...options, WebSocket: options.WebSocket, onClose }).then(
      (connection) => {
        connecting = undefined;
        if (stopped) return connection.close();
        socket = connection;
        failed = 0;
        options.onChange();
      },
      () => {
        connecting = undefined;
        failed++;
        schedule();
        options.onChange();
      },
    );
    return connecting;
  };

  const schedule = () => {
    if (stopped || timer !== undefined) return;
    timer = clock.setTimeout(() => {
      timer = undefined;
      const woken = waiters.splice(0);
      void connect().then(() => woken.forEach((wake) => wake()));
    }, reconnectDelay(failed + 1, options.reconnect));
  };

  return {
    get socket() {
      return socket;
    },
    get failed() {
      return failed;
    },
    attempt: () => (timer === undefined ? connect() : new Promise<void>((resolve) => waiters.push(resolve))),
    schedule,
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      const open = socket;
      socket = undefined;
      open?.close();
      for (const wake of waiters.splice(0)) wake();
    },
  };
}
