import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { EVENT_VERSION, type Batch, type TransportContext } from '@sightline/core';
import { createFakeClock, createTestClient } from '@sightline/core/testing';
import { classifyResponse, createHttpTransport, parseRetryAfter } from '@sightline/transport-http';

const ENDPOINT = 'http://ingest.test';
const received: Array<{ url: URL; contentType: string | null; body: Batch; keepalive: boolean }> = [];
let status = 200;
let headers: Record<string, string> = {};

const server = setupServer(
  http.post(`${ENDPOINT}/v1/batch`, async ({ request }) => {
    received.push({
      url: new URL(request.url),
      contentType: request.headers.get('content-type'),
      body: JSON.parse(await request.text()) as Batch,
      keepalive: request.keepalive,
    });
    return HttpResponse.json({ accepted: 1, duplicates: 0 }, { status, headers });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  received.length = 0;
  status = 200;
  headers = {};
  server.resetHandlers();
});
afterAll(() => server.close());

const context = (overrides: Partial<TransportContext> = {}): TransportContext => ({
  projectKey: 'sl_w_test key',
  endpoint: ENDPOINT,
  env: undefined,
  clock: createFakeClock(),
  onError: () => {},
  resume: () => {},
  ...overrides,
});

const batch = (): Batch => ({
  v: EVENT_VERSION,
  sentAt: 1,
  events: [
    {
      v: EVENT_VERSION,
      id: '01920000-0000-7000-8000-000000000001',
      type: 'custom',
      name: 'ünïcödé',
      ts: 1,
      sessionId: 's',
      anonymousId: 'a',
      page: { url: '', path: '', title: '', referrer: '', viewport: { w: 0, h: 0 }, docHeight: 0 },
    },
  ],
});

describe('http transport', () => {
  it('posts the batch as CORS-simple text/plain with the write key in the query', async () => {
    const transport = createHttpTransport()(context());
    expect(await transport.send(batch(), { urgent: false })).toEqual({ status: 'delivered' });
    expect(received).toHaveLength(1);
    expect(received[0]!.contentType).toBe('text/plain;charset=UTF-8');
    expect(received[0]!.url.searchParams.get('key')).toBe('sl_w_test key');
    expect(received[0]!.body).toEqual(batch());
  });

  it.each([
    [429, { 'retry-after': '30' }, { status: 'retry', reason: 'http_429', afterMs: 30_000 }],
    [503, {}, { status: 'retry', reason: 'http_503' }],
    [408, {}, { status: 'retry', reason: 'http_408' }],
    [413, {}, { status: 'rejected', reason: 'too_large' }],
    [400, {}, { status: 'rejected', reason: 'http_400' }],
    [401, {}, { status: 'rejected', reason: 'http_401' }],
  ])('maps HTTP %i to %o', async (code, extra, expected) => {
    status = code;
    headers = extra;
    const transport = createHttpTransport()(context());
    expect(await transport.send(batch(), { urgent: false })).toEqual(expected);
  });

  it('reports a network failure as retryable', async () => {
    server.use(http.post(`${ENDPOINT}/v1/batch`, () => HttpResponse.error()));
    const transport = createHttpTransport()(context());
    expect(await transport.send(batch(), { urgent: false })).toEqual({ status: 'retry', reason: 'network' });
  });

  it('on page hide, falls back to sendBeacon when keepalive fetch is refused, and keeps the batch until confirmed', async () => {
    const beacons: Array<[string, string]> = [];
    const env = { navigator: { sendBeacon: (url: string, body: string) => beacons.push([url, body]) > 0 } } as never;
    const refusingFetch = (() => Promise.reject(new TypeError('keepalive budget exceeded'))) as typeof fetch;
    const transport = createHttpTransport({ fetch: refusingFetch })(context({ env }));
    expect(await transport.send(batch(), { urgent: true })).toEqual({ status: 'retry', reason: 'beacon_queued' });
    expect(beacons).toHaveLength(1);
    expect(beacons[0]![0]).toBe(`${ENDPOINT}/v1/batch?key=sl_w_test%20key`);
    expect(JSON.parse(beacons[0]![1])).toEqual(batch());
  });

  it('never puts a body over the unload budget into an unload request', async () => {
    const transport = createHttpTransport()(context());
    const big = batch();
    big.events[0]!.props = { pad: 'x'.repeat(61_000) };
    expect(await transport.send(big, { urgent: true })).toEqual({ status: 'retry', reason: 'unload_budget' });
    expect(received).toHaveLength(0);
  });

  it('delivers a client’s events end to end', async () => {
    const { client, clock } = createTestClient({ projectKey: 'sl_w_e2e', endpoint: ENDPOINT, transport: createHttpTransport() });
    client.track('checkout_started', { items: 2 });
    await clock.advance(5000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((r) => r.body.events.map((e) => e.name))).toEqual([['checkout_started']]);
    expect(client.diagnostics()).toMatchObject({ created: 1, delivered: 1, pending: 0 });
    await client.shutdown();
  });
});

describe('Retry-After and status classification', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 45_000).toUTCString(), now)).toBe(45_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('retries only timeouts, rate limits and server errors', () => {
    expect(classifyResponse(204, null, 0)).toEqual({ status: 'delivered' });
    expect(classifyResponse(422, null, 0).status).toBe('rejected');
    expect(classifyResponse(403, null, 0).status).toBe('rejected');
    expect(classifyResponse(502, null, 0).status).toBe('retry');
  });
});
