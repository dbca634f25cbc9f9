// Store-level insert throughput (no HTTP): 50-event batches, 16 in flight, group-committed.
// Usage: node packages/server/bench/store-insert.mjs [events]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeBodies } from './support/events.mjs';
import { loadServer } from './support/load-server.mjs';

const TOTAL = Number(process.argv[2] ?? 100_000);
const { createDuckDbStore } = await loadServer();
const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-store-'));
try {
  const store = await createDuckDbStore({ path: join(dir, 'x.duckdb') });
  const batches = makeBodies(TOTAL / 50).map((body) => JSON.parse(body).events);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < batches.length) await store.insertBatch('bench', batches[next++], Date.now());
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`duckdb store: ${Math.round(TOTAL / seconds)} events/s (${TOTAL} events in ${seconds.toFixed(1)} s)`);
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
