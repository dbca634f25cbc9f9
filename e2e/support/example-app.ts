import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { startServer, type RunningServer } from '@sightline/server';
import type { SightlineEvent } from '@sightline/core';
import { waitForStored } from './ingest-reader';
// The same Vite config `npm run example:react` / `example:vue` uses.
import { exampleConfig } from '../../scripts/lib/example-config.mjs';

export interface ExampleStack {
  server: RunningServer;
  appUrl: string;
  /** Polls the read API until `done(events)` holds or the time runs out; returns the last read. */
  waitForEvents(done: (events: SightlineEvent[]) => boolean, timeoutMs?: number): Promise<SightlineEvent[]>;
  close(): Promise<void>;
}

/**
 * The real server on a DuckDB file in a temp dir, and an example app built by Vite against the
 * built packages and served by Vite's preview server, as a visitor would meet them.
 */
export async function startExampleStack(name: 'react' | 'vue'): Promise<ExampleStack> {
  const dir = mkdtempSync(join(tmpdir(), `sightline-${name}-app-`));
  const server = await startServer({ port: 0, dataPath: join(dir, 'events.duckdb'), logger: false });
  const config = { ...exampleConfig(name, { endpoint: server.url, projectKey: server.writeKey }), logLevel: 'error' as const };
  const outDir = join(dir, 'dist');
  await build({ ...config, build: { outDir, emptyOutDir: true } });
  const app = await preview({ ...config, build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const address = app.httpServer.address();
  const appUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    server,
    appUrl,
    async waitForEvents(done, timeoutMs = 15_000) {
      const stored = await waitForStored(server.url, server.readKey, (summary) => done(summary.events), timeoutMs);
      return stored.events;
    },
    async close() {
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
