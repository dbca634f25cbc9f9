import { describe, expect, it } from 'vitest';
import { createEvents, named, openFixturePage, useReliabilityStack } from '../support/reliability-stack';
import type { Fault } from '../support/fault-proxy';

const stack = useReliabilityStack();

const RETRY_AFTER_S = 5;

describe('backoff', () => {
  it('backs off through 503s, waits out Retry-After on 429, then stores all 200 events once in 7 requests', async () => {
    const errors: string[] = [];
    // The first two batch requests meet an overloaded server, the third a rate limit.
    stack().proxy!.setFault(({ method, index }): Fault => {
      if (method !== 'POST') return { kind: 'pass' };
      if (index <= 2) return { kind: 'status', status: 503 };
      if (index === 3) return { kind: 'status', status: 429, headers: { 'retry-after': String(RETRY_AFTER_S) } };
      return { kind: 'pass' };
    });
    const page = await openFixturePage(stack().context, stack().pageUrl(), errors);
    await createEvents(page, 'backoff', 200);
    const stored = await stack().waitFor((summary) => named(summary, 'backoff').length >= 200, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const posts = stack().proxy!.requests.filter((request) => request.method === 'POST');
    const gaps = posts.slice(1, 4).map((request, i) => request.at - posts[i]!.at);
    expect(posts.map((request) => request.status)).toEqual([503, 503, 429, 200, 200, 200, 200]);
    expect(gaps[0]).toBeGreaterThanOrEqual(800);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000);
    expect(named(stored, 'backoff').length).toBe(200);
    expect(stored.duplicates).toBe(0);
    expect(await page.evaluate(() => window.sl.diagnostics())).toMatchObject({ created: 200, delivered: 200, pending: 0, dropped: {} });
    expect(errors).toEqual([]);
    console.info(`backoff: ${posts.length} POSTs, gaps ${gaps.join(' / ')} ms (503, 503, 429 Retry-After ${RETRY_AFTER_S} s)`);
  });
});
