import { describe, expect, it } from 'vitest';
import { createEvents, cutNetwork, named, openFixturePage, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack();

describe('hidden while offline', () => {
  it('keeps the 20 events of a tab hidden while offline until they are stored, although the beacon was queued', async () => {
    const errors: string[] = [];
    const page = await openFixturePage(stack().context, stack().pageUrl({ batch: { intervalMs: 600_000 } }), errors);
    const reconnect = await cutNetwork(stack());
    await createEvents(page, 'hidden', 20);
    // The visitor switches tabs: the page stays alive, so it learns what its page-hide send did.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const hidden = await page.evaluate(() => ({ diagnostics: window.sl.diagnostics(), results: window.slRecord.results }));
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await reconnect([page]);
    await page.evaluate(() => window.sl.flush());
    const stored = await stack().waitFor((summary) => named(summary, 'hidden').length >= 20, 5000);

    console.info(`hidden while offline: page-hide send reported ${JSON.stringify(hidden.results)}; ${hidden.diagnostics.delivered} counted delivered while offline; ${named(stored, 'hidden').length}/20 stored`);
    expect(hidden.diagnostics.delivered).toBe(0);
    expect(named(stored, 'hidden').length).toBe(20);
    expect(errors).toEqual([]);
  });
});
