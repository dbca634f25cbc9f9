import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEvents, cutNetwork, named, openFixturePage, persistedCount, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack('test');

const TABS = 5;
const PER_TAB = 1000;

async function fiveOfflineTabs(label: string) {
    const errors: string[] = [];
    const reconnect = await cutNetwork(stack());
    const url = stack().pageUrl({ batch: { intervalMs: 200 } });
    const pages: Page[] = [];
    for (let tab = 0; tab < TABS; tab++) pages.push(await openFixturePage(stack().context, url, errors));
    await Promise.all(pages.map((page, tab) => createEvents(page, `tab-${tab}`, PER_TAB)));
    await expect.poll(() => persistedCount(pages[0]!, stack().server.writeKey)).toBe(TABS * PER_TAB);
    const postsOffline = stack().proxy!.count('POST');

    await reconnect(pages);
    const stored = await stack().waitFor((summary) => summary.rows >= TABS * PER_TAB, 20_000);
    // Rows can all be stored before every tab knows it (a beacon that left offline lands later),
    // so give each tab time to confirm its own outbox, one tab at a time.
    for (const page of pages) await expect.poll(() => page.evaluate(() => window.sl.diagnostics().pending), { timeout: 20_000 }).toBe(0);

    for (let tab = 0; tab < TABS; tab++) expect(named(stored, `tab-${tab}`).length).toBe(PER_TAB);
    expect(stored.rows).toBe(TABS * PER_TAB);
    expect(stored.duplicates).toBe(0);
    expect(stack().proxy!.maxConcurrentPosts).toBe(1);
    expect(errors).toEqual([]);
    console.info(`tabs (${label}): ${stored.rows} stored from ${TABS} tabs, ${stack().proxy!.count('POST') - postsOffline} POSTs after reconnect, at most ${stack().proxy!.maxConcurrentPosts} in flight`);
}

describe('tabs', () => {
  it('stores 5,000 events from five offline tabs exactly once, with one tab sending at a time', async () => {
    await fiveOfflineTabs('Web Locks');
  });

  it('stores 5,000 events from five offline tabs exactly once, one tab sending at a time, without Web Locks', async () => {
    // Browsers without Web Locks: the flush lock falls back to a lease in localStorage.
    await stack().context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    });
    await fiveOfflineTabs('storage lease');
  });
});
