import { type SightlineEvent, uuidv7 } from '@sightline/core';

/** 2026-01-01T00:00:00Z and the day after: the hand-computed data set spans two days. */
export const T0 = 1_767_225_600_000;
export const T1 = T0 + 86_400_000;

interface Spec {
  type: string;
  ts: number;
  path: string;
  query?: string;
  target?: { selector: string; tag: string; text?: string };
  pos?: [pageX: number, pageY: number, relX: number, relY: number];
  props?: SightlineEvent['props'];
}

const BUY = { selector: 'main > button.buy', tag: 'button', text: 'Buy now' };
const BANNER = { selector: 'div.banner', tag: 'div', text: 'Sale' };
const HOME = { selector: 'nav > a.home', tag: 'a', text: 'Home' };

function session(sessionId: string, anonymousId: string, width: number, referrer: string, specs: Spec[]): SightlineEvent[] {
  return specs.map((spec) => ({
    v: 1,
    id: uuidv7(spec.ts),
    type: spec.type,
    ts: spec.ts,
    sessionId,
    anonymousId,
    page: {
      url: `https://shop.test${spec.path}${spec.query ?? ''}`,
      path: spec.path,
      title: 'Shop',
      referrer,
      viewport: { w: width, h: 800 },
      docHeight: 3000,
    },
    ...(spec.target && { target: { ...spec.target, rect: { x: 0, y: 0, w: 100, h: 40 } } }),
    ...(spec.pos && { pos: { pageX: spec.pos[0], pageY: spec.pos[1], relX: spec.pos[2], relY: spec.pos[3] } }),
    ...(spec.props && { props: spec.props }),
  }));
}

/**
 * Four sessions, every answer of the query suite computed by hand from this list:
 * S1 desktop, fine pointer, paid Google visit, converts; S2 mobile, touch, from news.example;
 * S3 the S1 visitor returning the next day, direct; S4 tablet from a newsletter, same-site referrer.
 */
export const FIXTURE: SightlineEvent[] = [
  ...session('S1', 'A1', 1280, 'https://www.google.com/search', [
    { type: 'pageview', ts: T0, path: '/', query: '?utm_source=google&utm_medium=cpc', props: { pointer: 'fine' } },
    { type: 'click', ts: T0 + 1000, path: '/', target: BUY, pos: [110, 45, 0.55, 0.45] },
    { type: 'rage_click', ts: T0 + 2000, path: '/', target: BUY, pos: [110, 45, 0.55, 0.45] },
    { type: 'scroll_depth', ts: T0 + 3000, path: '/', props: { milestone: 50 } },
    { type: 'pageview', ts: T0 + 4000, path: '/cart' },
    { type: 'score', ts: T0 + 4500, path: '/cart', props: { engagement: 40, frustration: 70 } },
    { type: 'score', ts: T0 + 5000, path: '/cart', props: { engagement: 62, frustration: 12 } },
    { type: 'pageview', ts: T0 + 6000, path: '/checkout' },
    { type: 'move_heatmap', ts: T0 + 6500, path: '/', props: { points: [[10, 10, 2], [30, 10, 1]] } },
  ]),
  ...session('S2', 'A2', 375, 'https://news.example/story', [
    { type: 'pageview', ts: T0 + 10_000, path: '/', props: { pointer: 'coarse' } },
    { type: 'click', ts: T0 + 11_000, path: '/', target: BUY, pos: [20, 45, 0.95, 0.2] },
    { type: 'dead_click', ts: T0 + 12_000, path: '/', target: BANNER, pos: [5, 300, 0.1, 0.5] },
    { type: 'scroll_depth', ts: T0 + 13_000, path: '/', props: { milestone: 25 } },
    { type: 'scroll_depth', ts: T0 + 14_000, path: '/', props: { milestone: 100 } },
    { type: 'pageview', ts: T0 + 15_000, path: '/cart' },
    { type: 'score', ts: T0 + 16_000, path: '/cart', props: { engagement: 80, frustration: 5 } },
    { type: 'move_heatmap', ts: T0 + 16_500, path: '/', props: { points: [[12, 14], [50, 50, 3]] } },
  ]),
  ...session('S3', 'A1', 1024, '', [
    { type: 'pageview', ts: T1, path: '/' },
    { type: 'click', ts: T1 + 1000, path: '/', target: HOME, pos: [15, 5, 0.1, 0.9] },
    { type: 'rage_click', ts: T1 + 2000, path: '/', target: BUY },
    { type: 'rage_click', ts: T1 + 2500, path: '/', target: BUY },
    { type: 'pageview', ts: T1 + 3000, path: '/checkout' },
  ]),
  ...session('S4', 'A3', 800, 'https://shop.test/blog', [
    { type: 'pageview', ts: T1 + 10_000, path: '/cart', query: '?utm_source=newsletter' },
    { type: 'pageview', ts: T1 + 11_000, path: '/' },
    { type: 'click', ts: T1 + 12_000, path: '/', target: BUY, pos: [110, 45, 0.5, 0.5] },
    { type: 'error_click', ts: T1 + 12_500, path: '/', target: BUY },
    { type: 'score', ts: T1 + 13_000, path: '/', props: { engagement: 10 } },
  ]),
];
