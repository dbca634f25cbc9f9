import { WebSocket } from 'ws';
import type { Batch, Clock, SendResult, Transport, TransportFactory } from '@sightline/core';
import { createWsTransport, type SocketConstructor, type WsStatus, type WsTransportOptions } from '../src';

/** A real clock that also knows how many of its timers are still pending. */
export function createCountingClock(): Clock & { readonly pending: number } {
  const live = new Set<ReturnType<typeof setTimeout>>();
  return {
    now: () => Date.now(),
    setTimeout(callback, ms) {
      const handle = setTimeout(() => {
        live.delete(handle);
        callback();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      clearTimeout(handle as ReturnType<typeof setTimeout>);
      live.delete(handle as ReturnType<typeof setTimeout>);
    },
    get pending() {
      return live.size;
    },
  };
}

/** A fallback that records what it was given and answers `delivered`. */
export function createRecordingFallback() {
  const sent: Array<{ batch: Batch; urgent: boolean }> = [];
  let shutdowns = 0;
  const factory: TransportFactory = () => ({
    name: 'recording',
    async send(batch, { urgent }): Promise<SendResult> {
      sent.push({ batch, urgent });
      return { status: 'delivered' };
    },
    async shutdown() {
      shutdowns++;
    },
  });
  return {
    factory,
    sent,
    get shutdowns() {
      return shutdowns;
    },
  };
}

export function batchOf(...ids: string[]): Batch {
  return { v: 1, sentAt: Date.now(), events: ids.map((id) => ({ id }) as Batch['events'][number]) };
}

/** A transport on the `ws` package's WebSocket, with fast timings for tests. */
export function createTestTransport(endpoint: string, options: WsTransportOptions = {}) {
  const clock = createCountingClock();
  const errors: unknown[] = [];
  const statuses: WsStatus[] = [];
  const transport: Transport = createWsTransport({
    endpoint,
    WebSocket: WebSocket as unknown as SocketConstructor,
    reconnect: { initialMs: 20, maxMs: 100 },
    connectTimeoutMs: 500,
    ackTimeoutMs: 2000,
    onStatus: (status) => statuses.push(status),
    ...options,
  })({ projectKey: 'pk_test', endpoint: undefined, env: undefined, clock, onError: (error) => errors.push(error), resume: () => {} });
  return { transport, clock, errors, statuses };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}
