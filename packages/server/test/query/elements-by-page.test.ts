import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent } from '../helpers';
import { STORE_TARGETS } from '../support/store-targets';
import { openQueryApp, type QueryApp } from './query-app';

const T = 1_760_000_000_000;
const signal = (type: string, sessionId: string, path: string, selector: string, ts: number) =>
  makeEvent({
    type,
    sessionId,
    ts,
    page: { url: `https://shop.test${path}`, path, title: path, referrer: '', viewport: { w: 1280, h: 800 }, docHeight: 2000 },
    target: { selector, tag: 'button', text: 'Buy' },
    props: undefined,
  });

describe.each(STORE_TARGETS)('frustrated elements per page on $name', (target) => {
  let q: QueryApp;
  beforeAll(async () => {
    q = await openQueryApp(target);
    await q.store.insertBatch('demo', [
      signal('rage_click', 'a', '/cart', '#buy', T + 1),
      signal('rage_click', 'b', '/cart', '#buy', T + 2),
      signal('rage_click', 'c', '/product', '#buy', T + 3),
      signal('dead_click', 'c', '/product', '.badge', T + 4),
    ], T + 10_000);
  }, 60_000);
  afterAll(async () => q?.close());

  it('splits an element by page when asked, one query for a site-wide list', async () => {
    expect((await q.get(`/v1/query/frustration/elements?from=${T}&byPage=true`)).elements).toEqual([
      { signal: 'dead_click', selector: '.badge', path: '/product', tag: 'button', text: 'Buy', count: 1, sessions: 1 },
      { signal: 'rage_click', selector: '#buy', path: '/cart', tag: 'button', text: 'Buy', count: 2, sessions: 2 },
      { signal: 'rage_click', selector: '#buy', path: '/product', tag: 'button', text: 'Buy', count: 1, sessions: 1 },
    ]);
    expect((await q.get(`/v1/query/frustration/elements?from=${T}`)).elements).toEqual([
      { signal: 'dead_click', selector: '.badge', tag: 'button', text: 'Buy', count: 1, sessions: 1 },
      { signal: 'rage_click', selector: '#buy', tag: 'button', text: 'Buy', count: 3, sessions: 3 },
    ]);
  });
});
