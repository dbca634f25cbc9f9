import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createClient } from '@sightline/core';
import { createWsTransport, type SocketConstructor } from '../src';
import { startProtocolDouble, ack } from './protocol-double';
import { until } from './harness';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe('createWsTransport with a client', () => {
  it('delivers all 120 events, re-sending each batch whose ack was lost when every third connection dies before acknowledging', async () => {
    const server = await startProtocolDouble();
    cleanup.push(() => server.close());
    const stored = new Set<string>();
    let frames = 0;
    server.answerWith((frame, socket) => {
      // Every third batch is stored but the connection dies before the ack: an ambiguous failure.
      for (const event of frame.batch.events) stored.add(event.id);
      if (++frames % 3 === 0) {
        socket.terminate();
        return undefined;
      }
      return ack(frame, socket);
    });
    const client = createClient({
      projectKey: 'pk_test',
      endpoint: server.url,
      env: null,
      batch: { maxEvents: 20, intervalMs: 10 },
      transport: createWsTransport({ WebSocket: WebSocket as unknown as SocketConstructor, reconnect: { initialMs: 10, maxMs: 50 } }),
    });
    cleanup.push(() => client.shutdown());
    for (let i = 0; i < 120; i++) client.track('ws', { i });
    await until(() => client.diagnostics().delivered === 120, 12_000);

    expect(stored.size).toBe(120);
    expect(client.diagnostics()).toMatchObject({ created: 120, delivered: 120, pending: 0, dropped: {} });
    expect(server.connections).toBeGreaterThan(1);
  }, 15_000);
});
