import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_TARGETS } from '../support/store-targets';
import { FIXTURE, T0, T1 } from './fixture';
import { openQueryApp, type QueryApp } from './query-app';

const ids = (sessions: Array<{ sessionId: string }>) => sessions.map((s) => s.sessionId);
const zeroSignals = { rage_click: 0, dead_click: 0, error_click: 0, quick_back: 0, form_abandon: 0 };

describe.each(STORE_TARGETS)('query API on $name, hand-computed answers', (target) => {
  let q: QueryApp;
  beforeAll(async () => {
    q = await openQueryApp(target);
    await q.store.insertBatch('demo', FIXTURE, T1 + 60_000);
    // A copy must never count twice, and another project's events never show.
    await q.store.insertBatch('demo', FIXTURE.slice(0, 5), T1 + 60_000);
    await q.store.insertBatch('other', FIXTURE, T1 + 60_000);
    const res = await q.app.inject({
      method: 'PUT',
      url: '/v1/definitions/buy_click',
      headers: { 'x-sightline-key': q.readKey },
      payload: { type: 'click', text: 'buy' },
    });
    expect(res.statusCode).toBe(200);
  }, 30_000);
  afterAll(async () => q?.close());

  describe('sessions', () => {
    it('summarises every session, newest first', async () => {
      const { sessions } = await q.get('/v1/query/sessions');
      expect(ids(sessions)).toEqual(['S4', 'S3', 'S2', 'S1']);
      expect(sessions[3]).toEqual({
        sessionId: 'S1',
        anonymousId: 'A1',
        userId: null,
        startedAt: T0,
        endedAt: T0 + 6500,
        durationMs: 6500,
        events: 9,
        pageviews: 3,
        entryUrl: 'https://shop.test/?utm_source=google&utm_medium=cpc',
        device: 'desktop',
        scores: { engagement: 62, frustration: 12 },
        signals: { ...zeroSignals, rage_click: 1 },
      });
      expect(sessions[0]).toMatchObject({ sessionId: 'S4', device: 'tablet', events: 5, pageviews: 2, durationMs: 3000 });
      expect(sessions[0].signals).toEqual({ ...zeroSignals, error_click: 1 });
      expect(sessions[1]).toMatchObject({ sessionId: 'S3', scores: {}, signals: { ...zeroSignals, rage_click: 2 } });
      expect(sessions[2]).toMatchObject({ sessionId: 'S2', device: 'mobile', events: 8, scores: { engagement: 80, frustration: 5 } });
    });

    it('sorts by a score, sessions without one last', async () => {
      expect(ids((await q.get('/v1/query/sessions?sort=engagement')).sessions)).toEqual(['S2', 'S1', 'S4', 'S3']);
      expect(ids((await q.get('/v1/query/sessions?sort=engagement&order=asc')).sessions)).toEqual(['S4', 'S1', 'S2', 'S3']);
      expect(ids((await q.get('/v1/query/sessions?sort=duration&order=asc&limit=2')).sessions)).toEqual(['S3', 'S4']);
      expect(ids((await q.get('/v1/query/sessions?sort=events&limit=1&offset=1')).sessions)).toEqual(['S2']);
      // Pages smaller than the scored sessions are found from the score events alone.
      expect(ids((await q.get('/v1/query/sessions?sort=engagement&limit=2')).sessions)).toEqual(['S2', 'S1']);
      expect(ids((await q.get('/v1/query/sessions?sort=engagement&limit=1&offset=1')).sessions)).toEqual(['S1']);
      expect(ids((await q.get('/v1/query/sessions?sort=started&limit=2&offset=1')).sessions)).toEqual(['S3', 'S2']);
      expect(ids((await q.get('/v1/query/sessions?sort=frustration&order=asc&min.engagement=0')).sessions)).toEqual(['S2', 'S1', 'S4']);
    });

    it('filters by score thresholds, signals, URL and time', async () => {
      expect(ids((await q.get('/v1/query/sessions?min.engagement=50')).sessions)).toEqual(['S2', 'S1']);
      expect(ids((await q.get('/v1/query/sessions?max.frustration=10')).sessions)).toEqual(['S2']);
      expect(ids((await q.get('/v1/query/sessions?min.engagement=10&max.engagement=62')).sessions)).toEqual(['S4', 'S1']);
      expect(ids((await q.get('/v1/query/sessions?signal=rage_click')).sessions)).toEqual(['S3', 'S1']);
      expect(ids((await q.get('/v1/query/sessions?signal=rage_click&signal=dead_click')).sessions)).toEqual([]);
      expect(ids((await q.get('/v1/query/sessions?url=/checkout')).sessions)).toEqual(['S3', 'S1']);
      expect(ids((await q.get(`/v1/query/sessions?from=${T1}`)).sessions)).toEqual(['S4', 'S3']);
      expect(ids((await q.get(`/v1/query/sessions?to=${T1}`)).sessions)).toEqual(['S2', 'S1']);
    });

    it('segments by device, pointer, source, referrer and new vs returning', async () => {
      const seg = async (query: string) => ids((await q.get(`/v1/query/sessions?${query}`)).sessions);
      expect(await seg('device=mobile')).toEqual(['S2']);
      expect(await seg('device=desktop')).toEqual(['S3', 'S1']);
      expect(await seg('device=tablet')).toEqual(['S4']);
      expect(await seg('pointer=coarse')).toEqual(['S2']);
      expect(await seg('pointer=fine')).toEqual(['S1']);
      expect(await seg('utmSource=google')).toEqual(['S1']);
      expect(await seg('utmSource=newsletter')).toEqual(['S4']);
      expect(await seg('utmMedium=cpc&device=desktop')).toEqual(['S1']);
      expect(await seg('referrer=google.com')).toEqual(['S1']);
      expect(await seg('referrer=news.example')).toEqual(['S2']);
      expect(await seg('referrer=direct')).toEqual(['S4', 'S3']);
      expect(await seg('visitor=returning')).toEqual(['S3']);
      expect(await seg('visitor=new')).toEqual(['S4', 'S2', 'S1']);
      expect(await seg('country=DE')).toEqual([]);
    });

    it("lists one session's events in order", async () => {
      const { events } = await q.get('/v1/query/session-events?sessionId=S3');
      expect(events).toEqual(FIXTURE.filter((e) => e.sessionId === 'S3'));
    });
  });

  it('counts events over time, by type, by definition and by segment', async () => {
    expect(await q.get('/v1/query/counts?interval=day')).toEqual({
      interval: 'day',
      buckets: [
        { t: T0, events: 17, sessions: 2 },
        { t: T1, events: 10, sessions: 2 },
      ],
    });
    expect((await q.get('/v1/query/counts?interval=day&type=pageview')).buckets).toEqual([
      { t: T0, events: 5, sessions: 2 },
      { t: T1, events: 4, sessions: 2 },
    ]);
    expect((await q.get('/v1/query/counts?interval=day&definition=buy_click')).buckets).toEqual([
      { t: T0, events: 2, sessions: 2 },
      { t: T1, events: 1, sessions: 1 },
    ]);
    expect((await q.get('/v1/query/counts?interval=day&utmSource=google')).buckets).toEqual([{ t: T0, events: 9, sessions: 1 }]);
    expect((await q.get(`/v1/query/counts?interval=hour&from=${T1}&type=rage_click`)).buckets).toEqual([
      { t: T1, events: 2, sessions: 1 },
    ]);
  });

  it('builds the click heatmap of a URL by viewport class, relative to elements and in page cells', async () => {
    expect(await q.get('/v1/query/heatmap/clicks?url=/')).toEqual({
      total: 4,
      byDevice: [
        { device: 'desktop', clicks: 2, sessions: 2 },
        { device: 'mobile', clicks: 1, sessions: 1 },
        { device: 'tablet', clicks: 1, sessions: 1 },
      ],
      elements: [
        { device: 'desktop', selector: 'main > button.buy', clicks: 1, positions: [{ x: 0.5, y: 0.4, clicks: 1 }] },
        { device: 'desktop', selector: 'nav > a.home', clicks: 1, positions: [{ x: 0.1, y: 0.9, clicks: 1 }] },
        { device: 'mobile', selector: 'main > button.buy', clicks: 1, positions: [{ x: 0.9, y: 0.2, clicks: 1 }] },
        { device: 'tablet', selector: 'main > button.buy', clicks: 1, positions: [{ x: 0.5, y: 0.5, clicks: 1 }] },
      ],
      density: [
        { device: 'desktop', x: 0, y: 0, clicks: 1 },
        { device: 'desktop', x: 100, y: 40, clicks: 1 },
        { device: 'mobile', x: 20, y: 40, clicks: 1 },
        { device: 'tablet', x: 100, y: 40, clicks: 1 },
      ],
    });
    const desktop = await q.get('/v1/query/heatmap/clicks?url=/&device=desktop&cell=200&limit=1');
    expect(desktop.total).toBe(2);
    expect(desktop.elements.map((e: { selector: string }) => e.selector)).toEqual(['main > button.buy']);
    expect(desktop.density).toEqual([{ device: 'desktop', x: 0, y: 0, clicks: 2 }]);
    expect((await q.get('/v1/query/heatmap/clicks?url=https://shop.test/')).total).toBe(4);
    expect((await q.get('/v1/query/heatmap/clicks?url=/cart')).total).toBe(0);
  });

  it('builds the move heatmap from move_heatmap points', async () => {
    expect(await q.get('/v1/query/heatmap/moves?url=/')).toEqual({
      total: 7,
      cells: [
        { device: 'desktop', x: 0, y: 0, weight: 2 },
        { device: 'desktop', x: 20, y: 0, weight: 1 },
        { device: 'mobile', x: 0, y: 0, weight: 1 },
        { device: 'mobile', x: 40, y: 40, weight: 3 },
      ],
    });
    expect((await q.get('/v1/query/heatmap/moves?url=/&pointer=coarse&cell=100')).cells).toEqual([
      { device: 'mobile', x: 0, y: 0, weight: 4 },
    ]);
  });

  it('computes the scroll map as the share of sessions reaching each depth', async () => {
    expect(await q.get('/v1/query/scrollmap?url=/')).toEqual({
      sessions: 4,
      depths: [
        { depth: 25, sessions: 2, share: 0.5 },
        { depth: 50, sessions: 2, share: 0.5 },
        { depth: 75, sessions: 1, share: 0.25 },
        { depth: 90, sessions: 1, share: 0.25 },
        { depth: 100, sessions: 1, share: 0.25 },
      ],
    });
    expect((await q.get('/v1/query/scrollmap?url=/&device=mobile')).depths.map((d: { share: number }) => d.share)).toEqual([
      1, 1, 1, 1, 1,
    ]);
  });

  it('ranks rage, dead and error click elements', async () => {
    expect((await q.get('/v1/query/frustration/elements')).elements).toEqual([
      { signal: 'dead_click', selector: 'div.banner', tag: 'div', text: 'Sale', count: 1, sessions: 1 },
      { signal: 'error_click', selector: 'main > button.buy', tag: 'button', text: 'Buy now', count: 1, sessions: 1 },
      { signal: 'rage_click', selector: 'main > button.buy', tag: 'button', text: 'Buy now', count: 3, sessions: 2 },
    ]);
    expect((await q.get('/v1/query/frustration/elements?signal=rage_click&visitor=returning')).elements).toEqual([
      { signal: 'rage_click', selector: 'main > button.buy', tag: 'button', text: 'Buy now', count: 2, sessions: 1 },
    ]);
  });

  it('computes funnels with conversion per step', async () => {
    expect(await q.get('/v1/query/funnel?step=url:/&step=url:/cart&step=url:/checkout')).toEqual({
      steps: [
        { step: 'url:/', sessions: 4, conversion: 1, fromPrevious: 1 },
        { step: 'url:/cart', sessions: 2, conversion: 0.5, fromPrevious: 0.5 },
        { step: 'url:/checkout', sessions: 1, conversion: 0.25, fromPrevious: 0.5 },
      ],
    });
    const four = await q.get('/v1/query/funnel?step=url:/&step=def:buy_click&step=url:/cart&step=url:/checkout');
    expect(four.steps.map((s: { sessions: number }) => s.sessions)).toEqual([4, 3, 2, 1]);
    const json = encodeURIComponent(JSON.stringify({ type: 'click', selector: 'button.buy' }));
    const inline = await q.get(`/v1/query/funnel?step=url:/&step=${json}&step=type:score`);
    expect(inline.steps.map((s: { sessions: number }) => s.sessions)).toEqual([4, 3, 3]);
    const fresh = await q.get('/v1/query/funnel?step=url:/&step=url:/cart&step=url:/checkout&visitor=new');
    expect(fresh.steps.map((s: { sessions: number }) => s.sessions)).toEqual([3, 2, 1]);
  });

  it('reports frustration rates per URL over time', async () => {
    const { rows } = await q.get('/v1/query/frustration/rates?interval=day');
    const zero = { count: 0, sessions: 0, rate: 0 };
    const none = { rage_click: zero, dead_click: zero, error_click: zero, quick_back: zero, form_abandon: zero };
    expect(rows).toEqual([
      { t: T0, path: '/', sessions: 2, signals: { ...none, rage_click: { count: 1, sessions: 1, rate: 0.5 }, dead_click: { count: 1, sessions: 1, rate: 0.5 } } },
      { t: T0, path: '/cart', sessions: 2, signals: none },
      { t: T0, path: '/checkout', sessions: 1, signals: none },
      { t: T1, path: '/', sessions: 2, signals: { ...none, rage_click: { count: 2, sessions: 1, rate: 0.5 }, error_click: { count: 1, sessions: 1, rate: 0.5 } } },
      { t: T1, path: '/cart', sessions: 1, signals: none },
      { t: T1, path: '/checkout', sessions: 1, signals: none },
    ]);
    expect((await q.get('/v1/query/frustration/rates?interval=day&url=/&device=mobile')).rows).toEqual([
      { t: T0, path: '/', sessions: 1, signals: { ...none, dead_click: { count: 1, sessions: 1, rate: 1 } } },
    ]);
  });
});
