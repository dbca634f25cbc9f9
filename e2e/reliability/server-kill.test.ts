import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';
import { freePort } from '../support/free-port';
import { readAllEvents, waitForStored } from '../support/ingest-reader';
import { createServerProcess, type ServerProcess } from '../support/server-process';
import { named, openFixturePage } from '../support/reliability-stack';

const KEYS = { writeKey: 'sl_w_reliabilitykillwrite01', readKey: 'sl_r_reliabilitykillread001' };
const KILLS = 3;

let dir: string;
let server: ServerProcess;
let site: FixtureSite;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sightline-kill-'));
  server = createServerProcess({ port: await freePort(), dataPath: join(dir, 'events.duckdb'), ...KEYS });
  await server.start();
  site = await startFixtureSite();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await server?.stop('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Streams ~200 events/s under `name` until told to stop; returns how many were created. */
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
const stopStream = (page: Page) => page.evaluate(() => (window as unknown as { stopStream(): number }).stopStream());

async function killDuringStream(transport: 'http' | 'ws') {
  const name = `kill-${transport}`;
  const errors: string[] = [];
  const restartMs: number[] = [];
  const page = await openFixturePage(browser.context, site.pageUrl({ key: KEYS.writeKey, endpoint: server.url, transport, batch: { intervalMs: 100 } }), errors);
  // Over ws, each kill must meet an open socket, so every restart is followed by one reconnect.
  const socketOpens = (opens: number) =>
    transport === 'ws' ? expect.poll(() => page.evaluate(() => window.slRecord.statuses.filter((s) => s === 'open').length), { timeout: 15_000 }).toBe(opens) : undefined;
  await startStream(page, name);
  await socketOpens(1);
  for (let kill = 0; kill < KILLS; kill++) {
    await sleep(800);
    await server.stop('SIGKILL');
    await sleep(300);
    const t = Date.now();
    await server.start();
    restartMs.push(Date.now() - t);
    await socketOpens(kill + 2);
  }
  await sleep(500);
  const created = await stopStream(page);
  const drainStart = Date.now();
  const stored = await waitForStored(server.url, KEYS.readKey, (summary) => named(summary, name).length >= created, 30_000);
  const drainMs = Date.now() - drainStart;
  const record = await page.evaluate(() => window.slRecord);
  const storedIds = new Set(named(stored, name).map((event) => event.id));
  const lostAcked = record.acked.filter((id) => !storedIds.has(id)).length;
  await page.close();
  return { created, stored: named(stored, name).length, duplicates: stored.duplicates, acked: record.acked.length, lostAcked, statuses: record.statuses, errors, restartMs, drainMs };
}

describe('server killed', () => {
  it('loses no acknowledged event over http when the server is SIGKILLed 3 times during a stream; stored = created', async () => {
    const result = await killDuringStream('http');
    expect(result.lostAcked).toBe(0);
    expect(result.stored).toBe(result.created);
    expect(result.duplicates).toBe(0);
    expect(result.errors).toEqual([]);
    console.info(`server killed (http): ${KILLS} kills, created ${result.created}, acknowledged ${result.acked}, stored ${result.stored}, acknowledged but lost ${result.lostAcked}; restarts ${result.restartMs.join('/')} ms, drain ${result.drainMs} ms`);
  });

  it('loses no acknowledged event over ws when the server is SIGKILLed 3 times during a stream; stored = created', async () => {
    const result = await killDuringStream('ws');
    expect(result.lostAcked).toBe(0);
    expect(result.stored).toBe(result.created);
    expect(result.duplicates).toBe(0);
    expect(result.statuses.filter((status) => status === 'open').length).toBe(KILLS + 1);
    expect(result.errors).toEqual([]);
    console.info(`server killed (ws): ${KILLS} kills, created ${result.created}, acknowledged ${result.acked}, stored ${result.stored}, acknowledged but lost ${result.lostAcked}, socket opened ${result.statuses.filter((s) => s === 'open').length} times; restarts ${result.restartMs.join('/')} ms, drain ${result.drainMs} ms`);
  });
});
