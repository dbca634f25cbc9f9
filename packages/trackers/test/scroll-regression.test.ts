import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScrollRegressionTracker } from '@sightline/trackers';
import { expectNoLeaks, track } from './helpers';

const root = document.documentElement;
let y = 0;

beforeEach(() => {
  y = 0;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => y });
  Object.defineProperty(root, 'clientHeight', { configurable: true, get: () => 1000 });
  Object.defineProperty(root, 'scrollHeight', { configurable: true, get: () => 4000 });
});
afterEach(() => sessionStorage.clear());

const scrollTo = (to: number) => {
  y = to;
  document.dispatchEvent(new Event('scroll'));
};

describe('scroll_regression tracker (§1.2)', () => {
  it('samples y, H and D from the start, and sends each depth milestone once', async () => {
    const { kinds, sent, settle } = track([createScrollRegressionTracker()]);
    await settle();
    for (const to of [500, 1000, 2000, 1000, 2000, 3000]) scrollTo(to);
    expect(kinds('scroll').map((s) => [s.y, s.H, s.D])).toEqual([[0, 1000, 4000], [500, 1000, 4000], [1000, 1000, 4000], [2000, 1000, 4000], [1000, 1000, 4000], [2000, 1000, 4000], [3000, 1000, 4000]]);
    const depth = (await sent()).filter((e) => e.type === 'scroll_depth');
    // depth = floor(100·(y+H)/D): 25 at start, 50 at y=1000, 75 at 2000, 90 and 100 at 3000.
    expect(depth.map((e) => e.props?.milestone)).toEqual([25, 50, 75, 90, 100]);
  });

  it('reports reversals past 50 px and the up travel of each regression episode', async () => {
    const { sent, settle } = track([createScrollRegressionTracker()]);
    await settle();
    scrollTo(600); // first direction (down): not a reversal
    scrollTo(570); // 30 px up: below the hysteresis
    scrollTo(500); // 100 px up: reversal, regression opens with 100
    scrollTo(200); // episode grows to 400
    scrollTo(260); // 60 px down: reversal, episode closes
    scrollTo(100); // up again: a second episode of 160 px, closed at pagehide
    window.dispatchEvent(new Event('pagehide'));
    const events = (await sent()).filter((e) => e.type === 'scroll_reversal' || e.type === 'scroll_regression');
    expect(events.map((e) => [e.type, e.props?.dir ?? e.props?.upPx])).toEqual([
      ['scroll_reversal', -1],
      ['scroll_reversal', 1],
      ['scroll_regression', 400],
      ['scroll_reversal', -1],
      ['scroll_regression', 160],
    ]);
  });

  it('ignores inner scrollers', async () => {
    document.body.innerHTML = '<div id="inner"></div>';
    const { kinds, settle } = track([createScrollRegressionTracker()]);
    await settle();
    document.querySelector('#inner')!.dispatchEvent(new Event('scroll'));
    expect(kinds('scroll')).toHaveLength(1);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createScrollRegressionTracker()], () => scrollTo(300));
  });
});
