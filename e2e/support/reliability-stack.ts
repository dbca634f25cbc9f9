import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startServer, type RunningServer } from '@sightline/server';
import { launchBrowser } from './browser';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { startFixtureSite, type FixtureSite } from './fixture-site';
import { readAllEvents, waitForStored, type StoredSummary } from './ingest-reader';

export interface ReliabilityStack {
  server: RunningServer;
  site: FixtureSite;
  /** Present when started with `proxy: true`; the page then sends through it. */
  proxy: FaultProxy | undefined;
  /** The origin the page sends to: the proxy when there is one, else the server. */
  ingest: string;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  context: BrowserContext;
  /** A fixture page URL whose client sends to `ingest` with the given options. */
  pageUrl(options?: object): string;
  read(): Promise<StoredSummary>;
  waitFor(done: (summary: StoredSummary) => boolean, timeoutMs?: number): Promise<StoredSummary>;
  close(): Promise<void>;
}

/** The real server on a fresh DuckDB file, the fixture site on another origin, and Chromium. */
export async function startReliabilityStack(options: { proxy?: boolean } = {}): Promise<ReliabilityStack> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-reliability-'));
  const server = await startServer({ port: 0, dataPath: join(dir, 'events.duckdb'), logger: false });
  const site = await startFixtureSite();
  const proxy = options.proxy ? await startFaultProxy(server.url) : undefined;
  const browser = await launchBrowser();
  const ingest = proxy?.url ?? server.url;
  return {
    server,
    site,
    proxy,
    ingest,
    browser,
    context: browser.context,
    pageUrl: (extra = {}) => site.pageUrl({ key: server.writeKey, endpoint: ingest, ...extra }),
    read: () => readAllEvents(server.url, server.readKey),
    waitFor: (done, timeoutMs) => waitForStored(server.url, server.readKey, done, timeoutMs),
    async close() {
      await browser.close();
      await proxy?.close();
      await site.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A stack with the fault proxy for a test file: one for the whole file, or a fresh one for each
 * test (`'test'`, where a test leaves the browser's storage in a state the next must not see).
 * Returns a getter for the current stack, valid inside the tests.
 */
export function useReliabilityStack(scope: 'file' | 'test' = 'file'): () => ReliabilityStack {
  let stack: ReliabilityStack | undefined;
  const [before, after] = scope === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    stack = await startReliabilityStack({ proxy: true });
  });
  after(async () => {
    await stack?.close();
    stack = undefined;
  });
  return () => {
    if (!stack) throw new Error('the reliability stack is not started yet');
    return stack;
  };
}

/** Opens the fixture page and waits for its client. Uncaught page errors are collected. */
export async function openFixturePage(context: BrowserContext, url: string, errors: string[] = []): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await waitForClient(page);
  return page;
}

export const waitForClient = (page: Page) => page.waitForFunction(() => typeof window.sl?.track === 'function');

/** Creates `count` custom events named `name` in the page, numbered from `from`. */
export function createEvents(page: Page, name: string, count: number, from = 0): Promise<void> {
  return page.evaluate(
    ({ name, count, from }) => {
      for (let i = from; i < from + count; i++) window.sl.track(name, { i });
    },
    { name, count, from },
  );
}

/** Stored custom events with this name. */
export const named = (summary: StoredSummary, name: string) => summary.events.filter((event) => event.type === 'custom' && event.name === name);

/** Events left in the fixture client's IndexedDB outbox. */
export function persistedCount(page: Page, key: string): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(`sightline-outbox-${key}`);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return resolve(0);
          const count = db.transaction('events').objectStore('events').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
    key,
  );
}

/**
 * Takes the network to the ingest server down: the page's requests are aborted by routing, and
 * anything the browser sends outside it (beacons at unload) meets a reset at the proxy.
 * Returns the function that brings it back and tells the page it is online.
 */
export async function cutNetwork(stack: ReliabilityStack): Promise<(pages: Page[]) => Promise<void>> {
  const pattern = `${new URL(stack.ingest).origin}/**`;
  const abort = (route: { abort(code: string): Promise<void> }) => route.abort('internetdisconnected');
  await stack.context.route(pattern, abort);
  stack.proxy?.setFault(() => ({ kind: 'reset' }));
  return async (pages) => {
    await stack.context.unroute(pattern, abort);
    stack.proxy?.setFault(() => ({ kind: 'pass' }));
    // Every tab hears `online` at once, as when the operating system's network comes back.
    await Promise.all(pages.map((page) => page.evaluate(() => window.dispatchEvent(new Event('online')))));
  };
}
