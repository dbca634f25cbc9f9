import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SightlineEvent } from '@sightline/core';
import { startServer, type RunningServer } from '@sightline/server';
import { scoreSession } from '../packages/server/src/scoring/score-session';
import { launchBrowser } from './support/browser';
import { waitForStored } from './support/ingest-reader';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

let server: RunningServer;
let site: Server;
let siteUrl: string;
let dataDir: string;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

/** The fixture page and its SDK bundle (built packages), on an origin of their own. */
async function startSite(config: { projectKey: string; endpoint: string }): Promise<void> {
  const bundled = await build({ entryPoints: [fixture('scoring-entry.ts')], bundle: true, format: 'iife', target: 'es2020', write: false, logLevel: 'silent' });
  const script = bundled.outputFiles[0]!.text;
  const html = readFileSync(fixture('scoring-page.html'), 'utf8').replace(
    '<script src="/sightline.js">',
    `<script>window.SIGHTLINE_CONFIG = ${JSON.stringify(config)};</script><script src="/sightline.js">`,
  );
  site = createServer((request, response) => {
    if (request.url === '/sightline.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(html);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sightline-scoring-e2e-'));
  server = await startServer({ port: 0, dataPath: join(dataDir, 'events.duckdb'), logger: false });
  await startSite({ projectKey: server.writeKey, endpoint: server.url });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const waitForEvents = async (done: (events: SightlineEvent[]) => boolean, timeoutMs = 20_000): Promise<SightlineEvent[]> =>
  (await waitForStored(server.url, server.readKey, (summary) => done(summary.events), timeoutMs)).events;

const center = async (page: Page, css: string) => {
  const box = (await page.locator(css).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
const score = (page: Page, key: string) => page.evaluate((k) => window.sightline.getSnapshot().scores[k] ?? -1, key);

describe('trackers and scoring from a real browser to the real server', () => {
  it('scores rage and dead clicks, an abandoned form, a scroll back up and a copy; the server agrees', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${siteUrl}/`);
    await page.waitForFunction(() => typeof window.sightline?.getSnapshot === 'function');

    // Rapid clicks on an element that does nothing: rage (3 within 30 px and 1 s) and dead.
    const dead = await center(page, '#dead');
    await page.mouse.move(dead.x - 200, dead.y + 80, { steps: 8 });
    await page.mouse.move(dead.x, dead.y, { steps: 8 });
    for (let i = 0; i < 3; i++) await page.mouse.click(dead.x + i * 2, dead.y);
    // Live scores: the dead click is decided 2.5 s later, without any new input. (Focusing a
    // field within 100 ms would count as the page reacting, as the spec's selection rule says.)
    await page.waitForFunction(() => (window.sightline.getSnapshot().scores.dead_click ?? 0) >= 1, undefined, { timeout: 15_000 });

    // A form filled with corrections, then left without submitting.
    await page.click('#email');
    await page.keyboard.type('jane.doe@exmaple.com');
    for (let i = 0; i < 11; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('example.com');
    await page.click('#name');
    await page.keyboard.type('Jane Q');
    await page.keyboard.press('Backspace');

    // A copy of page text.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#faq')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');

    // Scroll down, then back up.
    const faq = await center(page, '#faq');
    await page.mouse.move(faq.x, faq.y + 200, { steps: 5 });
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 400);
    await page.waitForFunction(() => window.scrollY >= 2000);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => window.scrollY <= 1300);

    // Live scores reach the snapshot within a second.
    await page.waitForFunction(() => window.sightline.getSnapshot().scores['copy_intent.copies'] === 1);
    expect(await score(page, 'rage_click')).toBe(1);

    // Leave: pagehide sends the final score. Back on the site, read what the page recorded.
    await page.goto(`${siteUrl}/elsewhere`);
    const samples = JSON.parse((await page.evaluate(() => localStorage.getItem('e2e:samples'))) ?? '[]') as unknown[];
    const events = await waitForEvents((all) => all.some((e) => e.type === 'score' && e.props?.final === true) && all.some((e) => e.type === 'form_abandon'));
    await page.close();
    expect(pageErrors).toEqual([]);

    const types = new Set(events.map((e) => e.type));
    for (const type of ['pageview', 'click', 'rage_click', 'dead_click', 'field_summary', 'form_start', 'form_abandon', 'clipboard', 'scroll_depth', 'scroll_reversal', 'mouse_features', 'score']) {
      expect(types, type).toContain(type);
    }
    expect(events.find((e) => e.type === 'rage_click')!.target!.selector).toBe('#dead');
    expect(events.find((e) => e.type === 'form_abandon')!.props).toMatchObject({ form: '#signup', abandonedField: '#name' });
    expect(events.find((e) => e.type === 'clipboard')!.props).toMatchObject({ action: 'copy', length: 48 });
    const corrections = events.filter((e) => e.type === 'field_summary').map((e) => e.props!.corrections);
    expect(corrections).toContain(11);
    expect(events.filter((e) => e.type === 'scroll_depth').map((e) => e.props!.milestone)).toEqual(expect.arrayContaining([25, 50]));

    const final = events.find((e) => e.type === 'score' && e.props?.final === true)!;
    expect(final.props).toMatchObject({
      'rage_click.count': 1,
      'form_abandonment.status': 'abandoned',
      'form_abandonment.abandonedField': '#name',
      'copy_intent.copies': 1,
      'copy_intent.copiedChars': 48,
    });
    expect(final.props!['dead_click.count']).toBeGreaterThanOrEqual(1);
    expect(final.props!['excessive_scroll.reversals']).toBeGreaterThanOrEqual(1);
    expect(final.props!['form_friction.score']).toBeGreaterThan(0);
    expect(final.props!['frustration.score']).toBeGreaterThan(0);

    // The server, scoring the same samples, gets exactly the client's final score.
    const verified = scoreSession(events, { samples });
    expect(verified.source).toBe('samples');
    expect(verified.mismatches).toEqual([]);
    const { T, final: _final, ...clientScores } = final.props!;
    expect(verified.T).toBe(T);
    expect(verified.scores).toEqual(clientScores);

    // Samples never travel, and neither do typed values or copied text.
    const wire = JSON.stringify(events);
    for (const secret of ['jane.doe', 'Jane Q', 'thirty days']) expect(wire).not.toContain(secret);
    expect(types).not.toContain('move');
  });
});
