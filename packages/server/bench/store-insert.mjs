// Store-level insert throughput (no HTTP): 50-event batches, 16 in flight. Two ways to write:
// group commit straight to DuckDB, and the ingest log, timed until the store has every event
// (close() loads the log to its end); a batch refused while the log is full is sent again.
// Usage: node packages/server/bench/store-insert.mjs [events]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeBodies } from './support/events.mjs';
import { loadServer } from './support/load-server.mjs';

const TOTAL = Number(process.argv[2] ?? 100_000);
const { createDuckDbStore } = await loadServer();
const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-store-'));

async function measure(name, ingestLog) {
  const store = await createDuckDbStore({ path: join(dir, `${name}.duckdb`), ingestLog });
  const batches = makeBodies(TOTAL / 50).map((body) => JSON.parse(body).events);
  const started = performance.now();
  let next = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        for (;;) {
          try {
            await store.insertBatch('bench', batch, Date.now());
            break;
          } catch {
            refused++;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        }
      }
    }),
  );
  const acknowledged = (performance.now() - started) / 1000;
  await store.close();
  const stored = (performance.now() - started) / 1000;
  console.log(
    `${name}: ${Math.round(TOTAL / stored)} events/s stored (${TOTAL} events in ${stored.toFixed(1)} s; all acknowledged after ${acknowledged.toFixed(1)} s; ${refused} answers "retry later")`,
  );
}

try {
  await measure('commit', false);
  await measure('ingest log', true);
} finally {
  await rm(dir, { recursive: true, force: true });
}
