import { describe, expect, it } from 'vitest';
import { createEvents, named, openFixturePage, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack();

const EVENTS = 10_000;

describe('ambiguous failures', () => {
  it('stores 10,000 unique events and shows 0 duplicates when 20% of batches are stored but their answer is lost', async () => {
    const errors: string[] = [];
    // Every fifth batch request reaches the server and is stored; the client only sees a reset.
    stack().proxy!.setFault(({ method, index }) => (method === 'POST' && index % 5 === 0 ? { kind: 'reset-after-store' } : { kind: 'pass' }));
    const page = await openFixturePage(
      stack().context,
      stack().pageUrl({ batch: { maxEvents: 500, intervalMs: 100 }, outbox: { maxEvents: 20_000, maxBytes: 50_000_000 } }),
      errors,
    );
    await createEvents(page, 'ambiguous', EVENTS);
    const stored = await stack().waitFor((summary) => named(summary, 'ambiguous').length >= EVENTS, 60_000);
    await expect.poll(() => page.evaluate(() => window.sl.diagnostics().pending), { timeout: 10_000 }).toBe(0);

    const posts = stack().proxy!.requests.filter((request) => request.method === 'POST');
    const reset = posts.filter((request) => request.fault === 'reset-after-store').length;
    const ambiguous = named(stored, 'ambiguous');
    expect(reset).toBe(Math.floor(posts.length / 5));
    expect(reset).toBeGreaterThan(0);
    expect(ambiguous.length).toBe(EVENTS);
    expect(new Set(ambiguous.map((event) => event.props?.i)).size).toBe(EVENTS);
    expect(stored.rows).toBe(EVENTS);
    expect(stored.duplicates).toBe(0);
    expect(await page.evaluate(() => window.sl.diagnostics())).toMatchObject({ created: EVENTS, delivered: EVENTS, dropped: {} });
    expect(errors).toEqual([]);
    console.info(`ambiguous failures: ${posts.length} POSTs, ${reset} reset after the server stored them; ${stored.rows} rows, ${stored.unique} unique`);
  });
});
