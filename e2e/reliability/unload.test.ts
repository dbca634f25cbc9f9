import { describe, expect, it } from 'vitest';
import { named, openFixturePage, useReliabilityStack } from '../support/reliability-stack';

const stack = useReliabilityStack();

const NAVIGATIONS = 200;

describe('unload', () => {
  it('stores every one of 200 events created 0-50 ms before a cross-origin navigation, with 0 preflights', async () => {
    const errors: string[] = [];
    // No persistence and no timer-driven sends: only the page-hide send can deliver each event.
    // The page runs the chain itself: link click, location.href, form submit, in turn.
    const url = stack().pageUrl({ batch: { intervalMs: 600_000 }, outbox: { persist: false } });
    const page = await openFixturePage(stack().context, `${url}&chain=${NAVIGATIONS}&n=0`, errors);
    await page.waitForURL((address) => address.searchParams.get('n') === String(NAVIGATIONS), { timeout: 60_000 });
    const stored = await stack().waitFor((summary) => named(summary, 'unload').length >= NAVIGATIONS, 10_000);
    const unload = named(stored, 'unload');
    const byKind = Object.fromEntries(['link', 'location', 'form'].map((kind) => [kind, unload.filter((event) => event.props?.kind === kind).length]));

    expect(unload.length).toBe(NAVIGATIONS);
    expect(new Set(unload.map((event) => event.props?.n)).size).toBe(NAVIGATIONS);
    expect(stored.duplicates).toBe(0);
    expect(byKind).toEqual({ link: 67, location: 67, form: 66 });
    expect(stack().proxy!.count('OPTIONS')).toBe(0);
    expect(errors).toEqual([]);
    console.info(`unload: ${unload.length}/${NAVIGATIONS} stored, ${stack().proxy!.count('POST')} POSTs, ${stack().proxy!.count('OPTIONS')} OPTIONS`);
  });

  it('stores every one of 30 events created before leaving a page that sends over ws, through the http fallback, with 0 preflights', async () => {
    const errors: string[] = [];
    const postsBefore = stack().proxy!.count('POST');
    const url = stack().pageUrl({ transport: 'ws', batch: { intervalMs: 600_000 }, outbox: { persist: false } });
    const page = await openFixturePage(stack().context, `${url}&chain=30&n=0&name=unload-ws`, errors);
    await page.waitForURL((address) => address.searchParams.get('n') === '30', { timeout: 30_000 });
    const stored = await stack().waitFor((summary) => named(summary, 'unload-ws').length >= 30, 10_000);

    expect(named(stored, 'unload-ws').length).toBe(30);
    expect(stored.duplicates).toBe(0);
    expect(stack().proxy!.count('POST') - postsBefore).toBe(30);
    expect(stack().proxy!.count('OPTIONS')).toBe(0);
    expect(errors).toEqual([]);
    console.info(`unload (ws page): 30/30 stored through ${stack().proxy!.count('POST') - postsBefore} page-hide POSTs`);
  });
});
