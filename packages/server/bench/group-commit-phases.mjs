// Times each phase of one DuckDB group commit on a table that already holds ROWS events, for
// the current keyed insert and for the alternatives. Usage: node packages/server/bench/group-commit-phases.mjs [rows] [group]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeEvent } from './support/events.mjs';
import { loadDuckDbInternals } from './support/load-server.mjs';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const GROUP = Number(process.argv[3] ?? 800);
const REPEAT = 7;

const { appendEvent, EVENT_COLUMN_LIST, runMigrations } = await loadDuckDbInternals(['event-columns.ts', 'migrations.ts']);

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const dir = await mkdtemp(join(tmpdir(), 'sightline-phases-'));
try {
  const instance = await DuckDBInstance.create(join(dir, 'x.duckdb'));
  const c = await instance.connect();
  await runMigrations(c);
  // A copy without the key, to price the index on its own.
  await c.run('CREATE TABLE events_nokey AS SELECT * FROM events LIMIT 0');
  let started = performance.now();
  const fill = `SELECT 'bench', 'seed-' || i, 'click', NULL, i, 's' || (i // 25), 'a', NULL, 'https://x/p', '/p', 't', '', 1440, 860, 5000,
      NULL, NULL, NULL, NULL, 1.0, 2.0, 0.5, 0.5, NULL, '{"v":1}', i, '', '', '', '', '', '' FROM range(${ROWS}) r(i)`;
  await c.run(`INSERT INTO events ${fill}`);
  await c.run(`INSERT INTO events_nokey ${fill}`);
  await c.run('CHECKPOINT');
  console.log(`seeded ${ROWS} rows twice in ${((performance.now() - started) / 1000).toFixed(1)} s; group of ${GROUP} events, median of ${REPEAT}`);
  await c.run('CREATE TEMP TABLE staging AS SELECT * FROM events LIMIT 0');

  const timeit = async (label, fn) => {
    const t = performance.now();
    const r = await fn();
    return [label, performance.now() - t, r];
  };
  const variants = {
    'keyed: ON CONFLICT DO NOTHING RETURNING': (t) =>
      `INSERT INTO ${t} (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM temp.main.staging ON CONFLICT DO NOTHING RETURNING project_id, id`,
    'keyed: ON CONFLICT DO NOTHING, no RETURNING': (t) =>
      `INSERT INTO ${t} (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM temp.main.staging ON CONFLICT DO NOTHING`,
    'keyed: plain INSERT (fails on a duplicate)': (t) =>
      `INSERT INTO ${t} (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM temp.main.staging`,
    'keyed: anti join': (t) =>
      `INSERT INTO ${t} (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM temp.main.staging s ANTI JOIN ${t} e USING (project_id, id)`,
    'no key: anti join': (t) =>
      `INSERT INTO ${t} (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM temp.main.staging s ANTI JOIN ${t} e USING (project_id, id)`,
    'no key: anti join on project only': (t) =>
      `INSERT INTO ${t} (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM temp.main.staging s WHERE NOT EXISTS (SELECT 1 FROM ${t} e WHERE e.project_id = s.project_id AND e.id = s.id)`,
  };
  let n = 0;
  for (const [name, sql] of Object.entries(variants)) {
    const table = name.startsWith('keyed') ? 'events' : 'events_nokey';
    const phases = {};
    for (let r = 0; r < REPEAT; r++) {
      const events = Array.from({ length: GROUP }, (_, i) => makeEvent(n++ + i, 'sess'));
      const steps = [];
      steps.push(await timeit('begin', () => c.run('BEGIN TRANSACTION')));
      steps.push(await timeit('appender (JS rows + flush)', async () => {
        const a = await c.createAppender('staging', 'main', 'temp');
        for (const e of events) appendEvent(a, e, Date.now(), 'bench');
        a.flushSync();
        a.closeSync();
      }));
      steps.push(await timeit('insert', () => c.run(sql(table))));
      steps.push(await timeit('dup count from staging', () => c.runAndReadAll('SELECT count(*) FROM temp.main.staging')));
      steps.push(await timeit('delete staging', () => c.run('DELETE FROM temp.main.staging')));
      steps.push(await timeit('commit', () => c.run('COMMIT')));
      for (const [label, ms] of steps) (phases[label] ??= []).push(ms);
    }
    const total = Object.values(phases).reduce((s, v) => s + median(v), 0);
    console.log(`${name}: total ${total.toFixed(1)} ms = ${Math.round((GROUP / total) * 1000)} events/s`);
    for (const [label, v] of Object.entries(phases)) console.log(`  ${label}: ${median(v).toFixed(1)} ms`);
  }
  c.closeSync();
  instance.closeSync();
} finally {
  await rm(dir, { recursive: true, force: true });
}
