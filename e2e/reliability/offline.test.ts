import { describe, expect, it } from 'vitest';
import { createEvents, cutNetwork, named, openFixturePage, persistedCount, useReliabilityStack, waitForClient } from '../support/reliability-stack';

const stack = useReliabilityStack();

describe('offline', () => {
  it('stores 5,000 events created offline across two reloads exactly once, within 10 s of coming back online', async () => {
    const errors: string[] = [];
    // The network is down for the ingest origin only; the page itself still loads.
    const reconnect = await cutNetwork(stack());
    const key = stack().server.writeKey;
    const page = await openFixturePage(stack().context, stack().pageUrl({ batch: { maxEvents: 500, intervalMs: 200 } }), errors);

    await createEvents(page, 'offline', 2500, 0);
    await expect.poll(() => persistedCount(page, key)).toBe(2500);
    await page.reload();
    await waitForClient(page);
    await createEvents(page, 'offline', 2500, 2500);
    await expect.poll(() => persistedCount(page, key)).toBe(5000);
    await page.reload();
    await waitForClient(page);
    await expect.poll(() => page.evaluate(() => window.sl.diagnostics().pending)).toBe(5000);
    expect((await stack().read()).rows).toBe(0);

    const whileOffline = stack().proxy!.requests.length;
    const online = Date.now();
    await reconnect([page]);
    const stored = await stack().waitFor((summary) => summary.rows >= 5000, 10_000);
    const elapsed = Date.now() - online;

    const offline = named(stored, 'offline');
    expect(offline.length).toBe(5000);
    expect(stored.duplicates).toBe(0);
    expect(new Set(offline.map((event) => event.props?.i)).size).toBe(5000);
    expect(elapsed).toBeLessThan(10_000);
    await expect.poll(() => persistedCount(page, key)).toBe(0);
    expect(errors).toEqual([]);
    console.info(`offline: 5000 stored ${elapsed} ms after online; ${whileOffline} requests met the dead network`);
  });
});
