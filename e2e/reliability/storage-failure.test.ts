import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEvents, cutNetwork, named, openFixturePage, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack('test');

const CAP = 1000;
const CREATED = 1500;

/** Offline, 1,500 events against a 1,000-event cap; then online. Returns what the page saw. */
async function overfillAndRecover(page: Page) {
  const reconnect = await cutNetwork(stack());
  await createEvents(page, 'storage', CREATED);
  const offline = await page.evaluate(() => window.sl.diagnostics());
  const hostStorageWorks = await page.evaluate(() => {
    localStorage.setItem('host-app', 'still works');
    return localStorage.getItem('host-app') === 'still works';
  });
  await reconnect([page]);
  const stored = await stack().waitFor((summary) => named(summary, 'storage').length >= CAP, 10_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const after = await page.evaluate(() => window.sl.diagnostics());
  const errors = await page.evaluate(() => window.slRecord.errors);
  return { offline, after, stored, hostStorageWorks, errors };
}

function expectMemoryFallback(result: Awaited<ReturnType<typeof overfillAndRecover>>, pageErrors: string[]) {
  expect(pageErrors).toEqual([]);
  expect(result.offline).toMatchObject({ created: CREATED, pending: CAP, dropped: { queue_full: CREATED - CAP } });
  expect(result.hostStorageWorks).toBe(true);
  expect(named(result.stored, 'storage').length).toBe(CAP);
  expect(result.stored.duplicates).toBe(0);
  expect(result.after).toMatchObject({ created: CREATED, delivered: CAP, pending: 0, dropped: { queue_full: CREATED - CAP } });
  expect(result.errors.filter((error) => error.startsWith('SL_STORAGE_UNAVAILABLE')).length).toBe(1);
}

describe('storage failure', () => {
  it('falls back to memory without an uncaught error when IndexedDB is unavailable, and counts 500 drops at its 1,000 cap', async () => {
    // A hardened browser: touching indexedDB throws.
    await stack().context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const pageErrors: string[] = [];
    const page = await openFixturePage(stack().context, stack().pageUrl({ outbox: { maxEvents: CAP } }), pageErrors);
    const result = await overfillAndRecover(page);
    expectMemoryFallback(result, pageErrors);
    console.info(`storage failure (no IndexedDB): created ${CREATED}, stored ${CAP}, dropped queue_full ${result.after.dropped.queue_full}`);
  });

  it('falls back to memory without an uncaught error when the storage quota is exhausted, and counts 500 drops at its 1,000 cap', async () => {
    const pageErrors: string[] = [];
    const page = await stack().context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A quota of 1 byte: every IndexedDB write fails with QuotaExceededError.
    const cdp = await stack().context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: stack().site.url, quotaSize: 1 });
    await page.goto(stack().pageUrl({ outbox: { maxEvents: CAP } }));
    await page.waitForFunction(() => typeof window.sl?.track === 'function');
    const result = await overfillAndRecover(page);
    expectMemoryFallback(result, pageErrors);
    console.info(`storage failure (quota exhausted): created ${CREATED}, stored ${CAP}, dropped queue_full ${result.after.dropped.queue_full}`);
  });
});
