import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/index';
import { makeBatch, makeEvent, openTestApp, type TestApp } from './helpers';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const post = (t: TestApp, body: string, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: { 'content-type': 'application/json', 'x-sightline-key': t.writeKey, ...headers },
    payload: body,
  });

describe('GET /metrics', () => {
  it('counts accepted, duplicates, rejected by reason and store latency in Prometheus text', async () => {
    t = await openTestApp();
    const batch = JSON.stringify(makeBatch([makeEvent(), makeEvent(), makeEvent()]));
    await post(t, batch);
    await post(t, batch);
    await post(t, '{oops');
    await post(t, batch, { 'x-sightline-key': t.readKey });
    await post(t, batch, { 'x-sightline-key': 'sl_w_unknown_unknown_unknown' });
    const res = await t.app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(text).toContain('# TYPE sightline_events_accepted_total counter\nsightline_events_accepted_total 3\n');
    expect(text).toContain('sightline_events_duplicate_total 3\n');
    expect(text).toContain('sightline_batches_stored_total 2\n');
    expect(text).toContain('sightline_ingest_rejected_total{reason="malformed_json"} 1\n');
    expect(text).toContain('sightline_ingest_rejected_total{reason="wrong_key_kind"} 1\n');
    expect(text).toContain('sightline_ingest_rejected_total{reason="invalid_key"} 1\n');
    expect(text).toContain('sightline_store_insert_seconds_count 2\n');
    expect(text).toContain('sightline_store_insert_seconds_bucket{le="+Inf"} 2\n');
    // DuckDB acknowledges from its ingest log; once loaded, nothing is left behind.
    await t.store.countEvents('demo');
    const after = (await t.app.inject('/metrics')).body;
    expect(after).toContain('# TYPE sightline_store_backlog_events gauge\nsightline_store_backlog_events 0\n');
    expect(after).toContain('sightline_store_refused_batches_total 0\n');
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
  });
});

describe('CORS per project', () => {
  it('lets a project restrict browser origins; others and non-browser clients stay open', async () => {
    t = await openTestApp();
    await t.app.close();
    t.app = buildApp({ store: t.store, keys: t.keys, cors: { demo: ['https://shop.example'] } });
    const { writeKey: otherKey } = await t.keys.ensureProjectKeys('other');
    const batch = () => JSON.stringify(makeBatch([makeEvent()]));
    const allowed = await post(t, batch(), { origin: 'https://shop.example' });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(allowed.headers.vary).toBe('Origin');
    const foreign = await post(t, batch(), { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('SL_ERR_ORIGIN_NOT_ALLOWED');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    expect((await post(t, batch())).statusCode).toBe(200);
    expect((await post(t, batch(), { origin: 'https://evil.example', 'x-sightline-key': otherKey })).statusCode).toBe(200);
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/batch',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(await t.count()).toBe(2);
  });
});
