import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@sightline/server';
import type { SightlineEvent } from '@sightline/core';
// The example site's own server, as `npm start` runs it.
import { startShop } from '../../examples/shop/server.mjs';
import { readAllEvents, waitForStored } from './ingest-reader';

export const SNIPPET_FILE = fileURLToPath(new URL('../../packages/snippet/dist/sightline.min.js', import.meta.url));
/** Every tracker, the scoring models and replay (`data-replay`), as `npm start` serves it. */
export const FULL_SNIPPET_FILE = fileURLToPath(new URL('../../packages/snippet/dist/sightline.full.min.js', import.meta.url));

export interface Stack {
  server: RunningServer;
  shopUrl: string;
  readEvents(): Promise<SightlineEvent[]>;
  /** Polls the read API until `done(events)` holds or the time runs out; returns the last read. */
  waitForEvents(done: (events: SightlineEvent[]) => boolean, timeoutMs?: number): Promise<SightlineEvent[]>;
  close(): Promise<void>;
}

/**
 * The real server on a DuckDB file in a temp dir, and the example shop on another origin
 * loading the built snippet, as a visitor's browser would meet them.
 */
export async function startStack(snippetAttributes: Record<string, string> = {}, snippetFile = SNIPPET_FILE): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-e2e-'));
  const server = await startServer({ port: 0, dataPath: join(dir, 'events.duckdb'), logger: false });
  const shop = await startShop({
    port: 0,
    snippetFile,
    snippetAttributes: { 'project-key': server.writeKey, endpoint: server.url, ...snippetAttributes },
  });
  const readEvents = async () => (await readAllEvents(server.url, server.readKey)).events;
  return {
    server,
    shopUrl: shop.url,
    readEvents,
    async waitForEvents(done, timeoutMs = 15_000) {
      return (await waitForStored(server.url, server.readKey, (summary) => done(summary.events), timeoutMs)).events;
    },
    async close() {
      await shop.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
