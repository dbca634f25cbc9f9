import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../src/api/client';
import { parseHash } from '../src/state/router';
import { routeApi as stubApi, until } from './view-support/route-api';
import { HeatmapView } from '../src/views/heatmap/heatmap-view';

const ROUTES = {
  '/v1/query/frustration/rates': () => ({ interval: 'day', rows: [{ t: 0, path: '/pricing', sessions: 3, signals: {} }] }),
  '/v1/query/heatmap/clicks': () => ({
    total: 3,
    byDevice: [],
    elements: [{ device: 'desktop', selector: '#buy', clicks: 3, positions: [] }],
    density: [
      { device: 'desktop', x: 40, y: 20, clicks: 3 },
      { device: 'mobile', x: 0, y: 0, clicks: 9 },
    ],
  }),
  '/v1/query/frustration/elements': () => ({ elements: [{ signal: 'rage_click', selector: '#buy', tag: 'button', text: 'Buy', count: 2, sessions: 1 }] }),
  '/v1/query/scrollmap': () => ({ sessions: 4, depths: [{ depth: 25, sessions: 4, share: 1 }, { depth: 50, sessions: 2, share: 0.5 }] }),
  '/v1/query/sessions': () => ({ sessions: [{ sessionId: 's1' }] }),
  '/v1/query/session-events': () => ({
    events: [
      {
        id: 'e1',
        type: 'click',
        ts: 1,
        sessionId: 's1',
        anonymousId: 'a',
        page: { url: 'https://x.example/pricing', path: '/pricing', title: '', referrer: '', viewport: { w: 1200, h: 700 }, docHeight: 3000 },
        target: { selector: '#buy', rect: { x: 30, y: 10, w: 40, h: 20 } },
        pos: { pageX: 50, pageY: 20 },
      },
    ],
  }),
};

describe('heatmap view', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  const mount = (hash: string, api: Api) => {
    const host = document.createElement('div');
    document.body.append(host);
    render(<HeatmapView api={api} route={parseHash(hash)} />, host);
    return host;
  };

  it('falls back to a blank page of the sampled shape when no snapshot was recorded', async () => {
    const api = stubApi(ROUTES);
    const host = mount('#/heatmap?url=%2Fpricing&range=24h&visitor=new', api);
    const root = host.querySelector('[data-testid="heatmap-view"]')!;
    await until(() => root.getAttribute('data-state') === 'ready');

    const page = host.querySelector('[data-testid="heatmap-page"]')!;
    expect(page.getAttribute('data-rebuilt')).toBe('false');
    expect(host.querySelector('[data-testid="heatmap-canvas"]')).not.toBeNull();
    expect(host.querySelector('[data-testid="heatmap-caption"]')!.textContent).toContain('Screenshot-free');
    expect(host.querySelector('[data-testid="heatmap-fold"]')!.textContent).toContain('700 px');
    expect(host.querySelector('.heat-label[data-selector="#buy"]')).not.toBeNull();

    const rows = host.querySelectorAll('[data-testid="heatmap-elements"] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('#buy');
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('#/sessions?range=24h&visitor=new&signal=rage_click&url=%2Fpricing');

    rows[0]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    rows[0]!.dispatchEvent(new MouseEvent('mouseenter'));
    await until(() => host.querySelector('[data-testid="heatmap-highlight"]') !== null);

    // The desktop viewport class and the segment go to every query; the snapshot is asked for by URL and class.
    const clicks = api.calls.find(([path]) => path === '/v1/query/heatmap/clicks')![1];
    expect(clicks).toMatchObject({ url: '/pricing', device: 'desktop', visitor: 'new' });
    expect(api.calls.find(([path]) => path === '/v1/replay/snapshot')![1]).toEqual({ url: '/pricing', device: 'desktop' });
  });

  it('draws the scroll map with a label per depth', async () => {
    const host = mount('#/heatmap?url=%2Fpricing&mode=scroll&device=mobile', stubApi(ROUTES));
    const root = host.querySelector('[data-testid="heatmap-view"]')!;
    await until(() => root.getAttribute('data-state') === 'ready');
    expect(root.getAttribute('data-mode')).toBe('scroll');
    const labels = [...host.querySelectorAll('.heat-depth')].map((el) => el.textContent);
    expect(labels).toEqual(['25% of the page · 100% of sessions', '50% of the page · 50% of sessions']);
    expect(host.querySelector('[data-testid="heatmap-elements"]')).toBeNull();
  });

  it('offers the busiest pages before one is picked', async () => {
    const host = mount('#/heatmap', stubApi(ROUTES));
    await until(() => host.querySelector('.heat-paths a') !== null);
    expect(host.querySelector('[data-testid="heatmap-view"]')!.getAttribute('data-state')).toBe('empty');
    expect(host.querySelector('.heat-paths a')!.getAttribute('href')).toBe('#/heatmap?url=%2Fpricing');
  });
});
