import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  stack = await startStack({ consent: 'pending' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Everything the page could have kept about the visitor: cookies, web storage, IndexedDB. */
async function footprint(context: BrowserContext, page: Page) {
  const cookies = await context.cookies();
  const inPage = await page.evaluate(async () => ({
    storageKeys: [...Object.keys(localStorage), ...Object.keys(sessionStorage)],
    databases: (await indexedDB.databases()).map((db) => db.name),
  }));
  return { cookies: cookies.map((c) => c.name), ...inPage };
}

const waitForSdk = (page: Page) => page.waitForFunction(() => typeof (window as { sightline?: { consent?: unknown } }).sightline?.consent === 'function');
const setConsent = (page: Page, mode: string) => page.evaluate((m) => (window as unknown as { sightline: { consent(m: string): void } }).sightline.consent(m), mode);

describe('consent in a real browser', () => {
  it('pending: no cookie, no storage key, no request; denied: no request; granted: events flow', async () => {
    const page = await browser.context.newPage();
    const ingest: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(stack.server.url)) ingest.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });

    // Pending: the visitor clicks around; nothing may be written or sent.
    await page.goto(`${stack.shopUrl}/about.html`);
    await waitForSdk(page);
    await page.click('#tab-team');
    await page.click('#tab-story');
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await page.waitForTimeout(300);
    expect(await footprint(browser.context, page)).toEqual({ cookies: [], storageKeys: [], databases: [] });
    expect(ingest).toEqual([]);

    // Denied: still nothing, even at page hide.
    await setConsent(page, 'denied');
    await page.click('#tab-team');
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await page.waitForTimeout(300);
    expect(ingest).toEqual([]);
    expect((await footprint(browser.context, page)).storageKeys).toEqual([]);

    // Granted on the next page: events flow and ids are persisted.
    await page.goto(`${stack.shopUrl}/about.html`);
    await waitForSdk(page);
    await setConsent(page, 'granted');
    await page.click('#tab-story');
    await page.evaluate(() => (window as unknown as { sightline: { flush(): Promise<void> } }).sightline.flush());
    const events = await stack.waitForEvents((stored) => stored.some((e) => e.type === 'click'));
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['pageview', 'click']));
    expect(ingest.some((line) => line.startsWith('POST /v1/batch'))).toBe(true);
    // The three clicks of the first page (pending, then denied) never arrive; this page's one does.
    expect(events.filter((e) => e.type === 'click').map((e) => e.target?.selector)).toEqual(['#tab-story']);
    const after = await footprint(browser.context, page);
    expect(after.storageKeys.some((key) => key.startsWith('sl:'))).toBe(true);
    await page.close();
  });
});
