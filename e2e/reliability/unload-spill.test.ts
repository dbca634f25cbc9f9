import { describe, expect, it } from 'vitest';
import { named, openFixturePage, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack();

const LATE = 5;
const PAD = 'x'.repeat(40_000);

describe('events created while the page is being left', () => {
  it('are stored, on the next visit, although they did not fit the unload budget and the page died before IndexedDB kept them', async () => {
    const errors: string[] = [];
    const page = await openFixturePage(stack().context, stack().pageUrl({ batch: { maxEvents: 1000, intervalMs: 600_000 } }), errors);
    // A plugin's last words (a replay's final chunks, a final score): made in the page's own
    // pagehide listener, after the SDK's, about 200 KB against a 64 KB unload budget.
    await page.evaluate(({ count, pad }) => {
      addEventListener('pagehide', () => {
        for (let i = 0; i < count; i++) window.sl.track('late', { i, pad });
      });
    }, { count: LATE, pad: PAD });

    await page.goto(`${stack().site.url}/plain.html`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const storedAtHide = named(await stack().read(), 'late').length;

    await page.goto(stack().pageUrl({ batch: { intervalMs: 100 } }));
    const stored = await stack().waitFor((summary) => named(summary, 'late').length >= LATE, 10_000);
    const late = named(stored, 'late');
    expect(storedAtHide).toBeLessThan(LATE);
    expect(new Set(late.map((event) => event.props?.i)).size).toBe(LATE);
    expect(stored.duplicates).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sightline-outbox-spill-')))).toEqual([]);
    expect(errors).toEqual([]);
    console.info(`unload spill: ${storedAtHide} of ${LATE} late events left at page hide, the rest on the next visit`);
  });
});
