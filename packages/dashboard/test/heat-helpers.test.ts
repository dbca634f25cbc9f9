import { describe, expect, it } from 'vitest';
import type { ClickHeatmap, FrustrationRateRow, StoredEvent } from '../src/api/types';
import { canvasRatio, MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE } from '../src/heat/canvas-size';
import { elementRows } from '../src/heat/element-rows';
import { extent, heatMax, toHeatPoints } from '../src/heat/heat-points';
import { layoutFromEvents, urlMatcher } from '../src/heat/page-layout';
import { isScriptFree } from '../src/heat/rebuild-page';
import { reachColor, reachStops } from '../src/heat/scroll-band';
import { pathTotals } from '../src/views/heatmap/page-paths';

describe('heat points', () => {
  it('puts each cell at its centre, scaled to the canvas', () => {
    expect(toHeatPoints([{ x: 100, y: 40, weight: 3 }], 20, 0.5)).toEqual([[55, 25, 3]]);
  });

  it('saturates at the 95th percentile so one hot cell does not wash out the rest', () => {
    const cells = Array.from({ length: 100 }, (_, i) => ({ x: i, y: 0, weight: i === 99 ? 1000 : 2 }));
    expect(heatMax(cells)).toBe(2);
    expect(heatMax([{ x: 0, y: 0, weight: 7 }])).toBe(7);
    expect(heatMax([])).toBe(1);
  });

  it('measures how far the cells reach', () => {
    expect(extent([{ x: 0, y: 980, weight: 1 }, { x: 1260, y: 0, weight: 1 }], 20)).toEqual({ width: 1280, height: 1000 });
  });
});

describe('canvas size', () => {
  it('keeps long pages within what a browser will draw', () => {
    const ratio = canvasRatio(900, 30_000, 2);
    expect(30_000 * ratio).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(900 * ratio * 30_000 * ratio).toBeLessThanOrEqual(MAX_CANVAS_PIXELS + 1);
    expect(canvasRatio(800, 600, 2)).toBe(2);
    expect(canvasRatio(800, 600, 3)).toBe(2);
  });
});

describe('scroll band', () => {
  it('starts at everyone and follows each milestone down the page', () => {
    const stops = reachStops([
      { depth: 50, share: 0.6 },
      { depth: 25, share: 0.9 },
      { depth: 100, share: 0.1 },
    ]);
    expect(stops).toEqual([
      { at: 0, share: 1 },
      { at: 0.25, share: 0.9 },
      { at: 0.5, share: 0.6 },
      { at: 1, share: 0.1 },
    ]);
    expect(reachColor(1)).toContain('hsla(0,');
    expect(reachColor(0)).toContain('hsla(240,');
  });
});

describe('element rows', () => {
  it('joins this device’s clicks with rage, dead and error counts by selector', () => {
    const clicks: ClickHeatmap = {
      total: 9,
      byDevice: [],
      density: [],
      elements: [
        { device: 'desktop', selector: '#buy', clicks: 5, positions: [] },
        { device: 'mobile', selector: '#buy', clicks: 9, positions: [] },
        { device: 'desktop', selector: '#compare', clicks: 4, positions: [] },
      ],
    };
    const rows = elementRows(
      clicks,
      [
        { signal: 'rage_click', selector: '#compare', tag: 'div', text: 'Compare', count: 3, sessions: 2 },
        { signal: 'dead_click', selector: '#compare', tag: 'div', text: 'Compare', count: 4, sessions: 3 },
        { signal: 'error_click', selector: '#other', tag: 'a', text: null, count: 1, sessions: 1 },
      ],
      'desktop',
    );
    expect(rows.map((r) => [r.selector, r.clicks, r.rage, r.dead, r.error])).toEqual([
      ['#buy', 5, 0, 0, 0],
      ['#compare', 4, 3, 4, 0],
      ['#other', 0, 0, 0, 1],
    ]);
    expect(rows[1]!.text).toBe('Compare');
  });
});

describe('page layout without a recording', () => {
  const event = (overrides: Partial<StoredEvent>): StoredEvent => ({
    id: 'e',
    type: 'click',
    ts: 1,
    sessionId: 's',
    anonymousId: 'a',
    page: { url: 'https://x.example/pricing?a=1', path: '/pricing', title: '', referrer: '', viewport: { w: 1280, h: 720 }, docHeight: 2400 },
    ...overrides,
  });

  it('reads the viewport, the document height and mean click spots per element', () => {
    const layout = layoutFromEvents(
      [
        event({ target: { selector: '#buy', rect: { x: 10, y: 20, w: 100, h: 40 } }, pos: { pageX: 50, pageY: 30 } }),
        event({ target: { selector: '#buy' }, pos: { pageX: 70, pageY: 50 } }),
        event({ page: { url: 'https://x.example/other', path: '/other', title: '', referrer: '', viewport: { w: 390, h: 800 }, docHeight: 9000 } }),
      ],
      urlMatcher('/pricing'),
      'desktop',
    );
    expect(layout).toMatchObject({ width: 1280, viewportHeight: 720, docHeight: 2400, sampled: 1 });
    expect(layout.spots).toEqual([{ selector: '#buy', x: 60, y: 40, clicks: 2, rect: { x: 10, y: 20, width: 100, height: 40 } }]);
  });

  it('falls back to the device class’s typical viewport', () => {
    expect(layoutFromEvents([], () => true, 'mobile')).toMatchObject({ width: 390, viewportHeight: 844, sampled: 0 });
  });

  it('matches paths and URLs like the API, with * as a wildcard', () => {
    const at = (path: string, url = `https://x.example${path}?q=1`) => event({ page: { ...event({}).page, path, url } });
    expect(urlMatcher('/blog/*')(at('/blog/a'))).toBe(true);
    expect(urlMatcher('/blog/*')(at('/blogs'))).toBe(false);
    expect(urlMatcher('https://x.example/a')(at('/a'))).toBe(true);
    expect(urlMatcher('/a.b')(at('/axb'))).toBe(false);
  });
});

describe('page paths', () => {
  it('ranks paths by their sessions over all buckets', () => {
    const row = (path: string, sessions: number) => ({ t: 0, path, sessions, signals: {} }) as FrustrationRateRow;
    expect(pathTotals([row('/a', 2), row('/b', 5), row('/a', 4)])).toEqual([
      { path: '/a', sessions: 6 },
      { path: '/b', sessions: 5 },
    ]);
  });
});

describe('the page iframe', () => {
  it('counts as script-free only when sandboxed to exactly allow-same-origin', () => {
    const iframe = document.createElement('iframe');
    expect(isScriptFree(iframe)).toBe(false);
    iframe.setAttribute('sandbox', 'allow-same-origin');
    expect(isScriptFree(iframe)).toBe(true);
    iframe.setAttribute('sandbox', 'allow-same-origin allow-scripts');
    expect(isScriptFree(iframe)).toBe(false);
    iframe.setAttribute('sandbox', '');
    expect(isScriptFree(iframe)).toBe(false);
  });
});

describe('viewport units in a rebuilt page', () => {
  it('become pixels of the recorded viewport, wherever the snapshot keeps CSS', async () => {
    const { freezeCss, freezeViewportUnits } = await import('../src/heat/freeze-viewport-units');
    const viewport = { width: 400, height: 800 };
    expect(freezeCss('.hero{min-height:100vh;width:50vw;margin:-10dvh 0;font-size:2vmin}', viewport)).toBe(
      '.hero{min-height:800px;width:200px;margin:-80px 0;font-size:8px}',
    );
    expect(freezeCss('background:url(img-10vh.png);height:calc(100% - 12.5vh)', viewport)).toBe('background:url(img-10vh.png);height:calc(100% - 100px)');

    const snapshot = {
      type: 2,
      timestamp: 1,
      data: {
        node: {
          type: 0,
          childNodes: [
            { type: 2, tagName: 'style', attributes: {}, childNodes: [{ type: 3, isStyle: true, textContent: 'h1{height:50vh}' }] },
            { type: 2, tagName: 'link', attributes: { _cssText: 'p{top:1vh}' }, childNodes: [] },
            { type: 2, tagName: 'div', attributes: { style: 'height: 25vh' }, childNodes: [{ type: 3, textContent: 'says 50vh' }] },
          ],
        },
      },
    };
    const meta = { type: 4, timestamp: 1, data: { width: 400, height: 800 } };
    const [sameMeta, frozen] = freezeViewportUnits([meta, snapshot], viewport) as [unknown, typeof snapshot];
    expect(sameMeta).toBe(meta);
    const [style, link, div] = frozen.data.node.childNodes as unknown as Array<{ attributes: Record<string, string>; childNodes: Array<{ textContent: string }> }>;
    expect(style!.childNodes[0]!.textContent).toBe('h1{height:400px}');
    expect(link!.attributes._cssText).toBe('p{top:8px}');
    expect(div!.attributes.style).toBe('height: 200px');
    expect(div!.childNodes[0]!.textContent).toBe('says 50vh');
    expect(snapshot.data.node.childNodes[0]!.childNodes[0]!.textContent).toBe('h1{height:50vh}');
  });
});
