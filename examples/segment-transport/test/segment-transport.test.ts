import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type Batch, type SightlineEvent, type Transport } from '@sightline/core';
import { createFakeClock } from '@sightline/core/testing';
import { createSegmentTransport, type SegmentBatch } from '../src/index';
import { startFakeSegment, type FakeSegment } from './segment-server';

let segment: FakeSegment;
beforeAll(async () => {
  segment = await startFakeSegment();
});
afterAll(() => segment.close());
beforeEach(() => {
  segment.received.length = 0;
  segment.answers.length = 0;
});

const page = { url: 'https://shop.example/cart?step=2', path: '/cart', title: 'Cart', referrer: 'https://shop.example/', viewport: { w: 1280, h: 800 }, docHeight: 2400 };
const event = (fields: Partial<SightlineEvent>): SightlineEvent => ({
  v: 1,
  id: '0190f5a2-7b1c-7d3e-8f00-000000000001',
  type: 'custom',
  ts: Date.UTC(2026, 0, 1, 12),
  sessionId: 'session-1',
  anonymousId: 'anon-1',
  page,
  ...fields,
});
const batchOf = (...events: SightlineEvent[]): Batch => ({ v: 1, sentAt: Date.UTC(2026, 0, 1, 12, 0, 5), events });

function transport(options: Partial<Parameters<typeof createSegmentTransport>[0]> = {}): Transport {
  return createSegmentTransport({ writeKey: 'seg_write_key', endpoint: segment.url, ...options })({
    projectKey: 'unused',
    endpoint: undefined,
    env: undefined,
    clock: createFakeClock(Date.UTC(2026, 0, 1, 12)),
    onError: () => {},
    resume: () => {},
  });
}

describe('the Segment transport', () => {
  it("posts Segment's batch format with Basic auth and reports delivered", async () => {
    const result = await transport().send(
      batchOf(
        event({ id: 'e-1', type: 'pageview', props: { navigation: 'push' } }),
        event({ id: 'e-2', type: 'custom', name: 'add_to_cart', props: { product: 'p3', price: 18 } }),
        event({ id: 'e-3', type: 'identify', userId: 'user-7', props: { plan: 'pro' } }),
        event({ id: 'e-4', type: 'click', userId: 'user-7', target: { selector: '#buy', tag: 'button', text: 'Buy' }, pos: { pageX: 10, pageY: 20, relX: 0.5, relY: 0.5 } }),
      ),
      { urgent: false },
    );
    expect(result).toEqual({ status: 'delivered' });
    expect(segment.received).toHaveLength(1);
    const [request] = segment.received;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/batch' });
    expect(request!.headers.authorization).toBe(`Basic ${Buffer.from('seg_write_key:').toString('base64')}`);
    expect(request!.headers['content-type']).toBe('application/json');
    const body = request!.body as SegmentBatch;
    expect(body.sentAt).toBe('2026-01-01T12:00:05.000Z');
    const context = (type: string) => ({
      page: { url: page.url, path: '/cart', title: 'Cart', referrer: page.referrer },
      library: { name: 'sightline-segment-transport', version: '0.1.0' },
      sightline: { sessionId: 'session-1', type },
    });
    const common = { timestamp: '2026-01-01T12:00:00.000Z', anonymousId: 'anon-1' };
    expect(body.batch).toEqual([
      { ...common, type: 'page', messageId: 'e-1', name: 'Cart', properties: { url: page.url, path: '/cart', title: 'Cart', referrer: page.referrer, navigation: 'push' }, context: context('pageview') },
      { ...common, type: 'track', messageId: 'e-2', event: 'add_to_cart', properties: { product: 'p3', price: 18 }, context: context('custom') },
      { ...common, type: 'identify', messageId: 'e-3', userId: 'user-7', traits: { plan: 'pro' }, context: context('identify') },
      {
        ...common,
        type: 'track',
        messageId: 'e-4',
        userId: 'user-7',
        event: 'click',
        properties: { target: { selector: '#buy', tag: 'button', text: 'Buy' }, position: { pageX: 10, pageY: 20, relX: 0.5, relY: 0.5 } },
        context: context('click'),
      },
    ]);
  });

  it('forwards only the events `include` accepts', async () => {
    const include = (e: SightlineEvent) => e.type !== 'click';
    await transport({ include }).send(batchOf(event({ id: 'keep' }), event({ id: 'skip', type: 'click' })), { urgent: false });
    expect((segment.received[0]!.body as SegmentBatch).batch.map((m) => m.messageId)).toEqual(['keep']);
  });

  it.each([
    [{ status: 429, headers: { 'retry-after': '7' } }, { status: 'retry', reason: 'http_429', afterMs: 7000 }],
    [{ status: 503 }, { status: 'retry', reason: 'http_503' }],
    [{ status: 413 }, { status: 'rejected', reason: 'too_large' }],
    [{ status: 400 }, { status: 'rejected', reason: 'http_400' }],
    [{ status: 401 }, { status: 'rejected', reason: 'http_401' }],
  ])('answers %j with %j', async (answer, expected) => {
    segment.answers.push(answer);
    expect(await transport().send(batchOf(event({})), { urgent: false })).toEqual(expected);
  });

  it('asks core to split a batch over Segment’s 500 KB limit without sending it', async () => {
    const big = Array.from({ length: 12 }, (_, i) => event({ id: `big-${i}`, props: { blob: 'x'.repeat(50_000) } }));
    expect(await transport().send(batchOf(...big), { urgent: false })).toEqual({ status: 'rejected', reason: 'too_large' });
    expect(segment.received).toHaveLength(0);
  });

  it('reports retry when the endpoint cannot be reached', async () => {
    const result = await transport({ endpoint: 'http://127.0.0.1:9' }).send(batchOf(event({})), { urgent: false });
    expect(result.status).toBe('retry');
  });

  it('uses a keepalive request at page hide', async () => {
    const calls: RequestInit[] = [];
    const spy: typeof fetch = async (_url, init) => {
      calls.push(init!);
      return new Response('{}', { status: 200 });
    };
    await transport({ fetch: spy }).send(batchOf(event({})), { urgent: true });
    await transport({ fetch: spy }).send(batchOf(event({})), { urgent: false });
    expect(calls.map((init) => init.keepalive)).toEqual([true, false]);
  });
});

describe('the Segment transport in a client', () => {
  it('delivers tracked events, retrying after a server error', async () => {
    segment.answers.push({ status: 500 });
    const clock = createFakeClock();
    const client = createClient({
      projectKey: 'sl_w_example',
      env: null,
      clock,
      transport: createSegmentTransport({ writeKey: 'seg_write_key', endpoint: segment.url }),
      outbox: { persist: false },
    });
    client.identify('user-7', { plan: 'pro' });
    client.track('signup', { plan: 'pro' });
    await client.flush();
    expect(segment.received).toHaveLength(1);
    expect(client.diagnostics()).toMatchObject({ delivered: 0, pending: 2 });
    // Core backs off (1 s, ±20 %) and sends the same messages again.
    await clock.advance(1500);
    await waitFor(() => segment.received.length === 2);
    await waitFor(() => client.diagnostics().delivered === 2);
    const ids = (i: number) => (segment.received[i]!.body as SegmentBatch).batch.map((m) => m.messageId);
    expect(ids(1)).toEqual(ids(0));
    expect((segment.received[1]!.body as SegmentBatch).batch.map((m) => [m.type, m.event ?? null, m.userId])).toEqual([
      ['identify', null, 'user-7'],
      ['track', 'signup', 'user-7'],
    ]);
    await client.shutdown();
  });
});

/** Real network round trips finish on the real clock. */
async function waitFor(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
