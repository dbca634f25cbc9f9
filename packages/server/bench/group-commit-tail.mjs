// Throughput and the tail of group commits over a growing DuckDB table, for one WAL checkpoint
// threshold. Checkpoints run inside the COMMIT that passes the threshold, so they show as the tail.
// Usage: node packages/server/bench/group-commit-tail.mjs [groups=300] [group=800] [threshold, e.g. 16MB]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeBodies } from './support/events.mjs';
import { loadDuckDbInternals } from './support/load-server.mjs';

const [GROUPS, GROUP] = [Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 800)];
const THRESHOLD = process.argv[4];

const { insertBatches, createStaging, runMigrations } = await loadDuckDbInternals(['insert-batch.ts', 'migrations.ts']);

const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const dir = await mkdtemp(join(tmpdir(), 'sightline-tail-'));
try {
  const instance = await DuckDBInstance.create(join(dir, 'x.duckdb'));
  const c = await instance.connect();
  await runMigrations(c);
  await createStaging(c);
  // After createStaging, which sets the server's own threshold.
  if (THRESHOLD) await c.run(`SET checkpoint_threshold = '${THRESHOLD.replace(/[^0-9A-Za-z]/g, '')}'`);
  const commits = [];
  const timed = new Proxy(c, {
    get(target, prop) {
      const value = target[prop];
      if (typeof value !== 'function') return value;
      return async (...args) => {
        const started = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          if (args[0] === 'COMMIT') commits.push(performance.now() - started);
        }
      };
    },
  });
  const batches = makeBodies((GROUPS * GROUP) / 50).map((body) => JSON.parse(body).events);
  const groups = [];
  const started = performance.now();
  for (let g = 0; g < GROUPS; g++) {
    const group = batches.slice((g * GROUP) / 50, ((g + 1) * GROUP) / 50).map((events) => ({ projectId: 'bench', events, receivedAt: Date.now() }));
    const t = performance.now();
    await insertBatches(timed, group);
    groups.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  const ms = (values) => `p50 ${quantile(values, 0.5).toFixed(0)}, p99 ${quantile(values, 0.99).toFixed(0)}, max ${Math.max(...values).toFixed(0)} ms`;
  console.log(`checkpoint threshold ${THRESHOLD ?? "the server's"}: ${Math.round((GROUPS * GROUP) / seconds)} events/s; group ${ms(groups)}; commit ${ms(commits)}`);
  c.closeSync();
  instance.closeSync();
} finally {
  await rm(dir, { recursive: true, force: true });
}
