import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreTarget } from '../support/store-targets';
import { FIXTURE, T1 } from './fixture';
import { hostileStrings } from './hostile-strings';
import { openQueryApp, type QueryApp } from './query-app';

const e = encodeURIComponent;

/** Where a hostile value goes: every parameter that reaches SQL, on every query route. */
const TEMPLATES: Array<(v: string) => string> = [
  (v) => `/v1/query/sessions?utmSource=${e(v)}&referrer=${e(v)}`,
  (v) => `/v1/query/sessions?sort=${e(v)}&url=${e(v)}`,
  (v) => `/v1/query/sessions?min.${e(v)}=1&signal=${e(v)}`,
  (v) => `/v1/query/sessions?utmCampaign=${e(v)}&country=${e(v)}&from=${e(v)}`,
  (v) => `/v1/query/heatmap/clicks?url=${e(v)}&utmMedium=${e(v)}`,
  (v) => `/v1/query/heatmap/moves?url=${e(v)}&cell=${e(v)}`,
  (v) => `/v1/query/scrollmap?url=${e(v)}&device=${e(v)}`,
  (v) => `/v1/query/funnel?step=url:${e(v)}&step=type:${e(v)}`,
  (v) => `/v1/query/funnel?step=url:/&step=${e(JSON.stringify({ text: v, selector: v, url: v }))}`,
  (v) => `/v1/query/counts?definition=${e(v)}&type=${e(v)}`,
  (v) => `/v1/query/frustration/elements?url=${e(v)}&signal=${e(v)}`,
  (v) => `/v1/query/frustration/rates?url=${e(v)}&interval=${e(v)}`,
  (v) => `/v1/query/session-events?sessionId=${e(v)}&after=${e(v)}`,
  (v) => `/v1/query/sessions?${e(v)}=${e(v)}`,
];

async function fuzz(q: QueryApp, values: string[]): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  for (const [i, value] of values.entries()) {
    const url = (TEMPLATES[i % TEMPLATES.length] as (v: string) => string)(value);
    const res = await q.app.inject({ method: 'GET', url, headers: { 'x-sightline-key': q.readKey } });
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    if (res.statusCode !== 200) {
      expect(res.statusCode, `${url} -> ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${url} -> ${res.body}`).toBeLessThan(500);
      const code = (res.json() as { error?: { code?: unknown } }).error?.code;
      if (typeof code !== 'string' || !code.startsWith('SL_ERR_')) throw new Error(`${url} -> ${res.statusCode} ${res.body}`);
    }
  }
  return statuses;
}

const COUNTS = { duckdb: 10_000, clickhouse: 1_000 } as const;

/** The suite for one engine; each engine has its own test file so the two run in parallel. */
export function describeHostileInput(target: StoreTarget): void {
  describe(`query API under hostile input on ${target.name}`, () => {
    let q: QueryApp;
    beforeAll(async () => {
      q = await openQueryApp(target);
      await q.store.insertBatch('demo', FIXTURE, T1);
    }, 30_000);
    afterAll(async () => q?.close());

    it('answers every hostile value with 200 or a clean 4xx and runs none of them', async () => {
      const values = hostileStrings(COUNTS[target.name], 11);
      const statuses = await fuzz(q, values);
      expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
      // Hostile definitions are stored as text and applied as data.
      for (const value of values.slice(0, 50)) {
        const put = await q.app.inject({
          method: 'PUT',
          url: '/v1/definitions/fuzzed',
          headers: { 'x-sightline-key': q.readKey },
          payload: { text: value, selector: value, url: value.startsWith('/') ? value : `x${value}` },
        });
        expect(put.statusCode, put.body).toBeLessThan(500);
        const counts = await q.app.inject({
          method: 'GET',
          url: '/v1/query/counts?definition=fuzzed',
          headers: { 'x-sightline-key': q.readKey },
        });
        expect(counts.statusCode, counts.body).toBe(200);
      }
      expect(await q.store.countEvents('demo')).toBe(FIXTURE.length);
      const tables = await q.store.reader.rows(
        q.store.reader.dialect.name === 'duckdb'
          ? "SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE '%pwned%'"
          : "SELECT name FROM system.tables WHERE name LIKE '%pwned%'",
      );
      expect(tables).toEqual([]);
    }, 150_000);

    it('refuses a write key on every read route with 403', async () => {
      for (const url of ['/v1/query/sessions', '/v1/query/heatmap/clicks?url=/', '/v1/definitions', '/v1/export?format=ndjson']) {
        const res = await q.app.inject({ method: 'GET', url, headers: { 'x-sightline-key': q.writeKey } });
        expect(res.statusCode, url).toBe(403);
        expect(res.json().error.code).toBe('SL_ERR_WRONG_KEY_KIND');
      }
    });
  });
}
