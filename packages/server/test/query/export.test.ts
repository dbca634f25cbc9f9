import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { createDuckDbStore } from '../../src/store/duckdb/duckdb-store';
import { makeTempDir } from '../helpers';
import { STORE_TARGETS } from '../support/store-targets';
import { FIXTURE, T0, T1 } from './fixture';
import { openQueryApp, type QueryApp } from './query-app';

async function readParquet(path: string): Promise<Array<Record<string, unknown>>> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const sql = `SELECT id, type, ts, session_id, viewport_w, page_x, event FROM read_parquet('${path.replace(/'/g, "''")}') ORDER BY ts, id`;
    return (await connection.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const inOrder = [...FIXTURE].sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));

describe.each(STORE_TARGETS)('GET /v1/export on $name', (target) => {
  let q: QueryApp;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir();
    q = await openQueryApp(target);
    await q.store.insertBatch('demo', FIXTURE, T1);
    await q.store.insertBatch('other', FIXTURE.slice(0, 3), T1);
  }, 30_000);
  afterAll(async () => {
    await q?.close();
    await temp?.remove();
  });

  const get = (url: string) => q.app.inject({ method: 'GET', url, headers: { 'x-sightline-key': q.readKey } });

  it('streams NDJSON of a time range, each event as accepted, in (ts, id) order', async () => {
    const res = await get(`/v1/export?format=ndjson&from=${T0}&to=${T1}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.body.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual(inOrder.filter((e) => e.ts < T1));
  });

  it('sends Parquet with the indexed columns and the full event', async () => {
    const res = await get('/v1/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('PAR1');
    const file = join(temp.dir, `${target.name}.parquet`);
    await writeFile(file, res.rawPayload);
    const rows = await readParquet(file);
    expect(rows.map((row) => row.id)).toEqual(inOrder.map((e) => e.id));
    expect(rows[0]).toMatchObject({ type: 'pageview', ts: BigInt(T0), session_id: 'S1', viewport_w: 1280n, page_x: null });
    expect(JSON.parse(String(rows[1]?.event))).toEqual(inOrder[1]);
  });

  it('refuses bad parameters', async () => {
    expect((await get('/v1/export?format=csv')).statusCode).toBe(400);
    expect((await get(`/v1/export?from=${T1}&to=${T0}`)).statusCode).toBe(400);
    expect((await get('/v1/export?table=events')).statusCode).toBe(400);
  });
});

describe('sightline-server export', () => {
  it('writes Parquet and NDJSON files from a DuckDB file', async () => {
    const temp = await makeTempDir();
    try {
      const data = join(temp.dir, 'data.duckdb');
      const store = await createDuckDbStore({ path: data });
      await store.insertBatch('shop', FIXTURE, T1);
      await store.close();
      const out: string[] = [];
      const io = { out: (text: string) => void out.push(text), err: (text: string) => void out.push(text) };
      const parquet = join(temp.dir, 'out.parquet');
      const argv = ['export', '--data', data, '--project', 'shop', '--from', new Date(T1).toISOString(), '--out', parquet];
      expect((await runCli(argv, {}, io)).exitCode).toBe(0);
      expect((await readParquet(parquet)).map((row) => row.id)).toEqual(inOrder.filter((e) => e.ts >= T1).map((e) => e.id));
      expect(out.join('')).toContain('exported 10 events of project shop');
      const ndjson = join(temp.dir, 'out.ndjson');
      expect((await runCli(['export', '--data', data, '--project', 'shop', '--out', ndjson], {}, io)).exitCode).toBe(0);
      expect(out.join('')).toContain(`exported ${FIXTURE.length} events`);
      expect((await runCli(['export', '--data', data, '--from', 'yesterday', '--out', ndjson], {}, io)).exitCode).toBe(2);
      expect((await runCli(['export', '--data', data], {}, io)).exitCode).toBe(2);
    } finally {
      await temp.remove();
    }
  });
});
