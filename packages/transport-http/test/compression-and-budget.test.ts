import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, type Batch, type TransportContext } from '@sightline/core';
import { createFakeClock } from '@sightline/core/testing';
import { createHttpTransport } from '@sightline/transport-http';

interface Call {
  keepalive: boolean;
  headers: Record<string, string>;
  body: Uint8Array | string;
  answer(status: number): void;
}

/** A fetch that records each request and lets the test decide when and how it completes. */
function controlledFetch() {
  const calls: Call[] = [];
  const fetch = ((_url: string, init: RequestInit) =>
    new Promise<Response>((resolve) => {
      calls.push({
        keepalive: Boolean(init.keepalive),
        headers: init.headers as Record<string, string>,
        body: init.body as Uint8Array | string,
        answer: (status) => resolve(new Response(null, { status })),
      });
    })) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const context = (): TransportContext => ({ projectKey: 'k', endpoint: 'http://ingest.test', env: undefined, clock: createFakeClock(), onError: () => {}, resume: () => {} });

const batchOf = (padBytes: number): Batch => ({
  v: EVENT_VERSION,
  sentAt: 1,
  events: [
    {
      v: EVENT_VERSION,
      id: '01920000-0000-7000-8000-000000000001',
      type: 'custom',
      name: 'n',
      ts: 1,
      sessionId: 's',
      anonymousId: 'a',
      page: { url: '', path: '', title: '', referrer: '', viewport: { w: 0, h: 0 }, docHeight: 0 },
      props: { pad: 'abc '.repeat(Math.ceil(padBytes / 4)).slice(0, padBytes) },
    },
  ],
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('compression', () => {
  it('gzips normal bodies and says so in Content-Encoding', async () => {
    const { fetch, calls } = controlledFetch();
    const transport = createHttpTransport({ fetch })(context());
    const sent = transport.send(batchOf(20_000), { urgent: false });
    await settle();
    const [call] = calls;
    expect(call!.headers['content-encoding']).toBe('gzip');
    expect((call!.body as Uint8Array).length).toBeLessThan(2000);
    expect(JSON.parse(gunzipSync(call!.body as Uint8Array).toString('utf8'))).toEqual(batchOf(20_000));
    call!.answer(200);
    expect(await sent).toEqual({ status: 'delivered' });
  });

  it('leaves small bodies and page-hide bodies plain, so unload requests stay CORS-simple', async () => {
    const { fetch, calls } = controlledFetch();
    const transport = createHttpTransport({ fetch })(context());
    void transport.send(batchOf(100), { urgent: false });
    void transport.send(batchOf(20_000), { urgent: true });
    await settle();
    expect(calls.map((c) => [c.headers['content-encoding'], typeof c.body, c.keepalive])).toEqual([
      [undefined, 'string', true],
      [undefined, 'string', true],
    ]);
  });
});

describe('the 64 KiB keepalive budget', () => {
  it('asks for keepalive only while the bytes in flight fit, and frees them when a request ends', async () => {
    const { fetch, calls } = controlledFetch();
    const transport = createHttpTransport({ fetch, compress: false })(context());
    void transport.send(batchOf(50_000), { urgent: false });
    void transport.send(batchOf(30_000), { urgent: false });
    await settle();
    expect(calls.map((c) => c.keepalive)).toEqual([true, false]);
    expect(await transport.send(batchOf(30_000), { urgent: true })).toEqual({ status: 'retry', reason: 'unload_budget' });
    calls[0]!.answer(200);
    await settle();
    const urgent = transport.send(batchOf(30_000), { urgent: true });
    await settle();
    expect(calls[2]!.keepalive).toBe(true);
    calls[2]!.answer(200);
    expect(await urgent).toEqual({ status: 'delivered' });
  });
});
