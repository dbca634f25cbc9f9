import { describe, expect, it } from 'vitest';
import { named, openFixturePage, persistedCount, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack();

const EVENTS = 60;
const PAD = 'x'.repeat(4600);

describe('unload budget', () => {
  it('keeps every page-hide body within 60,000 bytes for 300 KB pending, and stores the rest on the next visit', async () => {
    const errors: string[] = [];
    const key = stack().server.writeKey;
    const page = await openFixturePage(stack().context, stack().pageUrl({ batch: { maxEvents: 1000, intervalMs: 600_000 } }), errors);
    await page.evaluate(({ count, pad }) => {
      for (let i = 0; i < count; i++) window.sl.track('heavy', { i, pad });
    }, { count: EVENTS, pad: PAD });
    await expect.poll(() => persistedCount(page, key)).toBe(EVENTS);
    expect(await page.evaluate(() => window.sl.diagnostics().pending)).toBe(EVENTS);
    expect(stack().proxy!.count('POST')).toBe(0);

    await page.goto(`${stack().site.url}/plain.html`);
    const atHide = await stack().waitFor((summary) => named(summary, 'heavy').length > 0, 5000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const hideRequests = stack().proxy!.requests.filter((request) => request.method === 'POST');
    const storedAtHide = named(await stack().read(), 'heavy').length;
    const largest = Math.max(...hideRequests.map((request) => request.bodyBytes));
    const total = hideRequests.reduce((sum, request) => sum + request.bodyBytes, 0);

    await page.goto(stack().pageUrl({ batch: { intervalMs: 100 } }));
    const stored = await stack().waitFor((summary) => named(summary, 'heavy').length >= EVENTS, 10_000);
    const heavy = named(stored, 'heavy');

    expect(atHide.rows).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(60_000);
    expect(total).toBeLessThanOrEqual(65_536);
    expect(storedAtHide).toBeLessThan(EVENTS);
    expect(heavy.length).toBe(EVENTS);
    expect(new Set(heavy.map((event) => event.props?.i)).size).toBe(EVENTS);
    expect(stored.duplicates).toBe(0);
    await expect.poll(() => persistedCount(page, key)).toBe(0);
    expect(errors).toEqual([]);
    const eventBytes = JSON.stringify(heavy[0]).length;
    console.info(`unload budget: ~${Math.round((eventBytes * EVENTS) / 1000)} KB pending; page hide sent ${hideRequests.length} bodies, largest ${largest} B, total ${total} B, ${storedAtHide} events; the other ${EVENTS - storedAtHide} came on the next visit`);
  });
});
