import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FrustrationRateRow } from '../src/api/types';
import { parseHash } from '../src/state/router';
import { routeApi as stubApi, until } from './view-support/route-api';
import { mergeHotspots } from '../src/views/hotspots/hotspot-rows';
import { HotspotsView } from '../src/views/hotspots/hotspots-view';
import { defaultInterval, groupByPath, shownSignals, splitRate } from '../src/views/trends/trend-series';
import { TrendsView } from '../src/views/trends/trends-view';

const DAY = 86_400_000;
const signal = (sessions: number, count = sessions) => ({ count, sessions, rate: 0 });
const row = (t: number, path: string, sessions: number, rage: number, dead = 0): FrustrationRateRow => ({
  t,
  path,
  sessions,
  signals: {
    rage_click: { ...signal(rage), rate: rage / sessions },
    dead_click: { ...signal(dead), rate: dead / sessions },
    error_click: signal(0),
    quick_back: signal(0),
    form_abandon: signal(0),
  },
});

describe('trend series', () => {
  it('groups buckets by path, busiest first, in time order', () => {
    const trends = groupByPath([row(2 * DAY, '/a', 1, 0), row(DAY, '/a', 1, 0), row(DAY, '/b', 5, 0)]);
    expect(trends.map((t) => [t.path, t.sessions, t.buckets.map((b) => b.t)])).toEqual([
      ['/b', 5, [DAY]],
      ['/a', 2, [DAY, 2 * DAY]],
    ]);
  });

  it('splits a rate at the marker, weighting buckets by their sessions', () => {
    const buckets = [row(0, '/a', 100, 50), row(DAY, '/a', 10, 0), row(2 * DAY, '/a', 40, 4)];
    expect(splitRate(buckets, 'rage_click', 2 * DAY)).toEqual({ before: 50 / 110, after: 0.1, beforeSessions: 110, afterSessions: 40 });
    expect(splitRate(buckets, 'rage_click', null)).toMatchObject({ before: 54 / 150, after: null });
  });

  it('reads the shown signals and a default interval from the hash', () => {
    expect(shownSignals('quick_back,bogus')).toEqual(['quick_back']);
    expect(shownSignals(null)).toEqual(['rage_click', 'dead_click', 'error_click']);
    expect(defaultInterval('1h')).toBe('minute');
    expect(defaultInterval('24h')).toBe('hour');
    expect(defaultInterval(null)).toBe('day');
  });
});

describe('hot spot rows', () => {
  it('puts an element’s signals side by side, per page, most frustrating first', () => {
    const merged = mergeHotspots(
      [
        {
          path: '/a',
          elements: [
            { signal: 'rage_click', selector: '#x', tag: 'div', text: 'X', count: 2, sessions: 1 },
            { signal: 'dead_click', selector: '#x', tag: 'div', text: 'X', count: 3, sessions: 2 },
            { signal: 'error_click', selector: '#y', tag: 'a', text: null, count: 9, sessions: 4 },
          ],
        },
        { path: '/b', elements: [{ signal: 'rage_click', selector: '#x', tag: 'div', text: 'X', count: 1, sessions: 1 }] },
      ],
      ['rage_click', 'dead_click', 'error_click'],
    );
    expect(merged.map((h) => [h.path, h.selector, h.counts])).toEqual([
      ['/a', '#y', { rage_click: 0, dead_click: 0, error_click: 9 }],
      ['/a', '#x', { rage_click: 2, dead_click: 3, error_click: 0 }],
      ['/b', '#x', { rage_click: 1, dead_click: 0, error_click: 0 }],
    ]);
  });
});

const mount = (node: preact.JSX.Element) => {
  const host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
};

describe('trends and hot spots views', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('draws a chart per page and splits before/after at the marker, scroll reach included', async () => {
    const now = Date.now();
    const api = stubApi({
      '/v1/query/frustration/rates': () => ({ interval: 'day', rows: [row(now - 3 * DAY, '/a', 10, 5), row(now - DAY, '/a', 10, 1)] }),
      '/v1/query/scrollmap': (params) => ({
        sessions: 10,
        depths: [50, 75, 100].map((depth) => ({ depth, sessions: 0, share: Number(params.from) === marker ? 0.9 : 0.5 })),
      }),
    });
    const marker = now - 2 * DAY;
    const host = mount(<TrendsView api={api} route={parseHash(`#/trends?device=mobile&marker=${marker}`)} />);
    await until(() => host.querySelectorAll('[data-testid="trend-reach"] td.num:not(.muted)').length > 0);
    expect(host.querySelector('[data-testid="trends-view"]')!.getAttribute('data-state')).toBe('ready');
    const card = host.querySelector('[data-testid="trend-card"]')!;
    expect(card.getAttribute('data-path')).toBe('/a');
    expect(card.querySelector('[data-testid="trend-marker"]')).not.toBeNull();
    expect(card.querySelectorAll('polyline')).toHaveLength(3);
    const rage = [...card.querySelectorAll('tr[data-signal="rage_click"] td')].map((td) => td.textContent);
    expect(rage).toEqual(['50.0%', '10.0%']);
    const reach = [...card.querySelectorAll('tr[data-depth="75"] td')].map((td) => td.textContent);
    expect(reach).toEqual(['50%', '90%']);
    const rates = api.calls.find(([path]) => path === '/v1/query/frustration/rates')![1];
    expect(rates).toMatchObject({ device: 'mobile', interval: 'day' });
    expect(api.calls.filter(([path]) => path === '/v1/query/scrollmap').map(([, p]) => [p.to === marker, p.from === marker])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('lists hot spots with links to the sessions with that signal and to the page’s heatmap', async () => {
    const api = stubApi({
      '/v1/query/frustration/elements': () => ({
        elements: [
          { signal: 'rage_click', selector: '#compare', path: '/pricing', tag: 'div', text: 'Compare', count: 3, sessions: 2 },
          { signal: 'dead_click', selector: '#compare', path: '/pricing', tag: 'div', text: 'Compare', count: 2, sessions: 2 },
          { signal: 'rage_click', selector: '#compare', path: '/plans', tag: 'div', text: 'Compare', count: 1, sessions: 1 },
        ],
      }),
    });
    const host = mount(<HotspotsView api={api} route={parseHash('#/hotspots?range=24h')} />);
    await until(() => host.querySelector('[data-testid="hotspots-table"]') !== null);
    const tr = host.querySelector('tr[data-selector="#compare"]')!;
    expect(tr.getAttribute('data-path')).toBe('/pricing');
    expect(tr.querySelector('a[data-signal="rage_click"]')!.getAttribute('href')).toBe('#/sessions?range=24h&signal=rage_click&url=%2Fpricing');
    expect(tr.querySelector('a[data-link="heatmap"]')!.getAttribute('href')).toBe('#/heatmap?range=24h&url=%2Fpricing&mode=clicks&el=%23compare');
    expect(host.querySelector('tr[data-selector="#compare"][data-path="/plans"]')).not.toBeNull();
    // One query for the whole site, split by page on the server.
    expect(api.calls.map(([path]) => path)).toEqual(['/v1/query/frustration/elements']);
    expect(api.calls[0]![1]).toMatchObject({ byPage: 'true', signal: ['rage_click', 'dead_click', 'error_click'] });
  });
});
