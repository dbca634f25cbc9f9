import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '@sightline/server';
import { launchBrowser } from '../support/browser';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';
import { freePort } from '../support/free-port';
import { waitForStored } from '../support/ingest-reader';
import { createEvents, named, openFixturePage } from '../support/reliability-stack';

const KEYS = { writeKey: 'sl_w_reliabilitywswrite0001', readKey: 'sl_r_reliabilitywsread00001' };
const RESTARTS = 4;

let dir: string;
let port: number;
let server: RunningServer;
let site: FixtureSite;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

const start = () => startServer({ port, dataPath: join(dir, 'events.duckdb'), logger: false, ...KEYS });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sightline-ws-'));
  port = await freePort();
  server = await start();
  site = await startFixtureSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startStream(page: Page, name: string) {
  return page.evaluate((name) => {
    let n = 0;
    const timer = setInterval(() => window.sl.track(name, { i: n++ }), 5);
    (window as unknown as { stopStream(): number }).stopStream = () => {
      clearInterval(timer);
      return n;
    };
  }, name);
}

describe('websocket restarts', () => {
  it('loses nothing and duplicates nothing over ws while the server restarts 4 times, reconnecting after each', async () => {
    const errors: string[] = [];
    const page = await openFixturePage(browser.context, site.pageUrl({ key: KEYS.writeKey, endpoint: server.url, transport: 'ws', batch: { intervalMs: 100 } }), errors);
    await startStream(page, 'ws-stream');
    for (let restart = 0; restart < RESTARTS; restart++) {
      await sleep(1500);
      await server.close();
      server = await start();
    }
    await sleep(1000);
    const created = await page.evaluate(() => (window as unknown as { stopStream(): number }).stopStream());
    const stored = await waitForStored(server.url, KEYS.readKey, (summary) => named(summary, 'ws-stream').length >= created, 30_000);
    await expect.poll(() => page.evaluate(() => window.sl.diagnostics().pending)).toBe(0);
    const { statuses, acked } = await page.evaluate(() => window.slRecord);
    const opened = statuses.filter((status) => status === 'open').length;

    expect(named(stored, 'ws-stream').length).toBe(created);
    expect(new Set(named(stored, 'ws-stream').map((event) => event.props?.i)).size).toBe(created);
    expect(stored.duplicates).toBe(0);
    expect(opened).toBe(RESTARTS + 1);
    expect(statuses.filter((status) => status === 'closed').length).toBe(RESTARTS);
    expect(errors).toEqual([]);
    await page.close();
    console.info(`ws restarts: ${RESTARTS} restarts, created ${created}, acknowledged ${acked.length}, stored ${created}, 0 duplicates; socket opened ${opened} times, fell back ${statuses.filter((s) => s === 'fallback').length} times`);
  });

  it('delivers all 500 events over the http fallback when the ws port is closed', async () => {
    const errors: string[] = [];
    const closed = await freePort();
    const page = await openFixturePage(
      browser.context,
      site.pageUrl({ key: KEYS.writeKey, endpoint: server.url, transport: 'ws', wsEndpoint: `http://127.0.0.1:${closed}`, batch: { intervalMs: 100 } }),
      errors,
    );
    await createEvents(page, 'ws-closed', 500);
    const stored = await waitForStored(server.url, KEYS.readKey, (summary) => named(summary, 'ws-closed').length >= 500, 15_000);
    const { statuses } = await page.evaluate(() => window.slRecord);

    expect(named(stored, 'ws-closed').length).toBe(500);
    expect(stored.duplicates).toBe(0);
    expect(statuses).toEqual(['fallback']);
    expect(await page.evaluate(() => window.sl.diagnostics())).toMatchObject({ created: 500, delivered: 500, pending: 0, dropped: {} });
    expect(errors).toEqual([]);
    console.info(`ws port closed: 500 created, 500 stored over the http fallback`);
  });
});
