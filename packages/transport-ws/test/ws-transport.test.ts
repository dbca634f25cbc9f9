import { afterEach, describe, expect, it } from 'vitest';
import { startProtocolDouble, ack } from './protocol-double';
import { batchOf, createRecordingFallback, createTestTransport, sleep, until } from './harness';

type Double = Awaited<ReturnType<typeof startProtocolDouble>>;
const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
async function double(port?: number): Promise<Double> {
  const server = await startProtocolDouble(port);
  cleanup.push(() => server.close());
  return server;
}
function transportFor(endpoint: string, options: Parameters<typeof createTestTransport>[1] = {}) {
  const made = createTestTransport(endpoint, options);
  cleanup.push(async () => {
    await made.transport.shutdown?.();
  });
  return made;
}

describe('createWsTransport', () => {
  it('delivers a batch once the server acknowledges its sequence id, with the key in the URL', async () => {
    const server = await double();
    const { transport, statuses } = transportFor(server.url.replace('ws://', 'http://'));
    expect(await transport.send(batchOf('a', 'b'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(await transport.send(batchOf('c'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(server.frames.map((frame) => frame.seq)).toEqual([1, 2]);
    expect(server.urls).toEqual(['/v1/ws?key=pk_test']);
    expect(statuses).toEqual(['open']);
  });

  it('matches out-of-order acknowledgements to their batches', async () => {
    const server = await double();
    const held: Array<{ seq: number }> = [];
    server.answerWith((frame, socket) => {
      held.push(frame);
      if (held.length === 2) for (const f of held.reverse()) socket.send(JSON.stringify({ type: 'ack', seq: f.seq }));
      return undefined;
    });
    const { transport } = transportFor(server.url);
    const results = await Promise.all([transport.send(batchOf('a'), { urgent: false }), transport.send(batchOf('b'), { urgent: false })]);
    expect(results).toEqual([{ status: 'delivered' }, { status: 'delivered' }]);
  });

  it('maps server answers to delivered, retry with a delay, too_large and rejected', async () => {
    const server = await double();
    const { transport } = transportFor(server.url);
    server.answerWith((frame) => ({ type: 'retry', seq: frame.seq, afterMs: 1000 }));
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'retry', reason: 'ws_retry', afterMs: 1000 });
    server.answerWith((frame) => ({ type: 'error', seq: frame.seq, status: 413, code: 'SL_ERR_TOO_LARGE' }));
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'rejected', reason: 'too_large' });
    server.answerWith((frame) => ({ type: 'error', seq: frame.seq, status: 400, code: 'SL_ERR_VALIDATION' }));
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'rejected', reason: 'ws_400' });
    server.answerWith((frame) => ({ type: 'error', seq: frame.seq, status: 503 }));
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'retry', reason: 'ws_503' });
  });

  it('settles unacknowledged batches as retry when the socket drops, then reconnects on its own', async () => {
    const server = await double();
    const { transport, statuses } = transportFor(server.url);
    server.answerWith(() => undefined);
    const unanswered = transport.send(batchOf('a'), { urgent: false });
    await until(() => server.frames.length === 1);
    server.dropAll();
    expect(await unanswered).toEqual({ status: 'retry', reason: 'ws_closed' });
    await until(() => server.connections === 2);
    server.answerWith(ack);
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(statuses).toEqual(['open', 'closed', 'open']);
  });

  it('rejects the batch as too_large when the server closes with 1009', async () => {
    const server = await double();
    server.answerWith((_frame, socket) => {
      socket.close(1009, 'frame too big');
      return undefined;
    });
    const { transport } = transportFor(server.url);
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'rejected', reason: 'too_large' });
  });

  it('retries a batch that is not acknowledged in time and replaces the socket', async () => {
    const server = await double();
    server.answerWith(() => undefined);
    const { transport } = transportFor(server.url, { ackTimeoutMs: 150 });
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'retry', reason: 'ws_ack_timeout' });
    await until(() => server.connections === 2);
  });

  it('closes a connection that stays silent through two heartbeats, settling its batches as retry', async () => {
    const server = await double();
    server.setAnswerPings(false);
    server.answerWith(() => undefined);
    const { transport, statuses } = transportFor(server.url, { heartbeatMs: 100, ackTimeoutMs: 5000 });
    const started = Date.now();
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'retry', reason: 'ws_closed' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(statuses.slice(0, 2)).toEqual(['open', 'closed']);
  });

  it('keeps an idle connection whose server answers pings', async () => {
    const server = await double();
    const { transport } = transportFor(server.url, { heartbeatMs: 50 });
    await transport.send(batchOf('a'), { urgent: false });
    await sleep(400);
    expect(server.connections).toBe(1);
    expect(await transport.send(batchOf('b'), { urgent: false })).toEqual({ status: 'delivered' });
  });

  it('sends page-hide batches through the fallback, never the socket', async () => {
    const server = await double();
    const fallback = createRecordingFallback();
    const { transport } = transportFor(server.url, { fallback: fallback.factory });
    expect(await transport.send(batchOf('a'), { urgent: true })).toEqual({ status: 'delivered' });
    expect(fallback.sent.map((sent) => [sent.batch.events[0]?.id, sent.urgent])).toEqual([['a', true]]);
    expect(server.frames).toHaveLength(0);
  });

  it('falls back after 3 failed connects, keeps probing, and returns to the socket when it opens', async () => {
    const probe = await startProtocolDouble();
    const { port, url } = probe;
    await probe.close();
    const fallback = createRecordingFallback();
    const { transport, statuses } = transportFor(url, { fallback: fallback.factory });
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(fallback.sent.map((s) => s.urgent)).toEqual([false]);
    expect(statuses).toEqual(['fallback']);
    const server = await double(port);
    await until(() => statuses.includes('open'));
    expect(await transport.send(batchOf('b'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(server.frames.map((frame) => frame.batch.events.map((e) => e.id))).toEqual([['b']]);
    expect(fallback.sent).toHaveLength(1);
  });

  it('without a fallback, reports retry while the server is unreachable', async () => {
    const probe = await startProtocolDouble();
    await probe.close();
    const { transport, errors } = transportFor(probe.url);
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'retry', reason: 'ws_unavailable' });
    expect(errors).toEqual([]);
  });

  it('treats a server that never says ready as a failed connect', async () => {
    const server = await double();
    server.setReady(false);
    const fallback = createRecordingFallback();
    const { transport } = transportFor(server.url, { fallback: fallback.factory, connectTimeoutMs: 50 });
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(server.connections).toBe(3);
    expect(fallback.sent).toHaveLength(1);
  });

  it('sends through the fallback at once when the page has no WebSocket', async () => {
    const fallback = createRecordingFallback();
    const { transport, statuses } = transportFor('http://127.0.0.1:1', { WebSocket: undefined, fallback: fallback.factory });
    expect(await transport.send(batchOf('a'), { urgent: false })).toEqual({ status: 'delivered' });
    expect(fallback.sent).toHaveLength(1);
    expect(statuses).toEqual(['fallback']);
  });

  it('reports retry without throwing when no WebSocket exists and no fallback is given', async () => {
    const { transport } = transportFor('http://127.0.0.1:1', { WebSocket: undefined });
    const sent = transport.send(batchOf('a'), { urgent: false });
    await expect(sent).resolves.toEqual({ status: 'retry', reason: 'ws_unavailable' });
  });

  it('shutdown closes the socket, clears every timer, shuts the fallback down, and is safe twice', async () => {
    const server = await double();
    const fallback = createRecordingFallback();
    const { transport, clock } = transportFor(server.url, { fallback: fallback.factory });
    await transport.send(batchOf('a'), { urgent: false });
    expect(clock.pending).toBeGreaterThan(0);
    await transport.shutdown!();
    await transport.shutdown!();
    expect(clock.pending).toBe(0);
    expect(fallback.shutdowns).toBe(1);
    await sleep(200);
    expect(server.connections).toBe(1);
    expect(await transport.send(batchOf('b'), { urgent: false })).toEqual({ status: 'retry', reason: 'shutdown' });
  });
});
