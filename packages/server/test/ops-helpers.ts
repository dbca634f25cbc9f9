import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { WebSocket } from 'ws';
import { type AppOptions, buildApp, createDuckDbStore, createKeyRing, type DuckDbStore, type EventStore, type KeyRing } from '../src/index';
import { makeTempDir } from './helpers';

export interface LiveApp {
  app: FastifyInstance;
  store: DuckDbStore;
  keys: KeyRing;
  writeKey: string;
  readKey: string;
  /** `http://127.0.0.1:port` and `ws://127.0.0.1:port`. */
  url: string;
  wsUrl: string;
  close(): Promise<void>;
}

type Extra = Omit<AppOptions, 'store' | 'keys'> & { wrapStore?: (store: DuckDbStore) => EventStore };

/** buildApp on a real port, for what is about connections: WebSockets, timeouts, slow clients. */
export async function openListeningApp(options: Extra = {}): Promise<LiveApp> {
  const temp = await makeTempDir();
  const store = await createDuckDbStore({ path: join(temp.dir, 'live.duckdb') });
  const keys = createKeyRing(store.keys);
  const { writeKey, readKey } = await keys.ensureProjectKeys('demo');
  const { wrapStore, ...rest } = options;
  const app = buildApp({ store: wrapStore ? wrapStore(store) : store, keys, ...rest });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    store,
    keys,
    writeKey,
    readKey,
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await store.close();
      await temp.remove();
    },
  };
}

/** A ws client that records every frame, so tests can wait for the next one of a type. */
export interface TestSocket {
  socket: WebSocket;
  frames: Array<Record<string, unknown>>;
  next(type?: string): Promise<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  send(frame: unknown): void;
}

export function connect(url: string, headers: Record<string, string> = {}): TestSocket {
  const socket = new WebSocket(url, { headers });
  const frames: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  let read = 0;
  socket.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Record<string, unknown>);
    for (const wake of waiters.splice(0)) wake();
  });
  socket.on('error', () => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => {
      resolve({ code, reason: String(reason) });
      for (const wake of waiters.splice(0)) wake();
    }),
  );
  return {
    socket,
    frames,
    closed,
    send(frame) {
      const text = typeof frame === 'string' ? frame : JSON.stringify(frame);
      if (socket.readyState === socket.CONNECTING) socket.once('open', () => socket.send(text));
      else socket.send(text);
    },
    async next(type) {
      for (;;) {
        while (read < frames.length) {
          const frame = frames[read++] as Record<string, unknown>;
          if (type === undefined || frame.type === type) return frame;
        }
        if (socket.readyState === socket.CLOSED) throw new Error(`closed while waiting for a ${type ?? 'frame'}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}
