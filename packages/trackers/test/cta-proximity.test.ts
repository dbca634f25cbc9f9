import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCtaProximityTracker } from '@sightline/trackers';
import { expectNoLeaks, mouse, rect, track } from './helpers';

let reads = 0;
beforeEach(() => {
  document.body.innerHTML = `<button id="buy" data-cta>Buy</button><a id="more" href="/more">More</a>`;
  reads = 0;
  document.querySelector('#buy')!.getBoundingClientRect = () => {
    reads++;
    return rect(400, 300, 100, 40);
  };
});
afterEach(() => sessionStorage.clear());

describe('cta_proximity tracker (§1.2)', () => {
  it('registers CTAs with rects, and measures moves without reading layout', async () => {
    const { kinds, settle } = track([createCtaProximityTracker()]);
    await settle();
    expect(kinds('cta_register')).toMatchObject([{ ctas: [{ selector: '#buy', rect: { left: 400, top: 300, width: 100, height: 40 } }] }]);
    for (let i = 0; i < 5; i++) mouse('mousemove', document.body, 10 * i, 10);
    expect(reads).toBe(1);
  });

  it('sends an approach with the Fitts index, an entry, and a throttled summary', async () => {
    const { clock, settle, sent } = track([createCtaProximityTracker()]);
    await settle();
    mouse('mousemove', document.body, 100, 320); // 300 px left of the CTA: far
    mouse('mousemove', document.body, 300, 320); // 100 px: near → approach
    mouse('mousemove', document.body, 450, 320); // inside → entry
    await clock.advance(1000);
    const events = (await sent()).filter((e) => e.type.startsWith('cta_'));
    // Dc = distance to the centre (450, 320) = 150; W = min(100, 40) = 40; log2(150/40 + 1) = 2.248.
    expect(events.map((e) => [e.type, e.target?.selector, e.props])).toEqual([
      ['cta_approach', '#buy', { fittsId: 2.248 }],
      ['cta_enter', '#buy', undefined],
      ['cta_summary', '#buy', { minDist: 0, nearMs: expect.any(Number), approaches: 1, entries: 1 }],
    ]);
  });

  it('refreshes rects after scrolling, throttled', async () => {
    const { clock, kinds, settle } = track([createCtaProximityTracker({ refreshMs: 100 })]);
    await settle();
    for (let i = 0; i < 10; i++) document.dispatchEvent(new Event('scroll'));
    await clock.advance(100);
    expect(reads).toBe(2);
    expect(kinds('cta_register')).toHaveLength(2);
  });

  it('follows the configured CTA selector and cap', async () => {
    const { kinds, settle } = track([createCtaProximityTracker({ ctaSelector: 'a[href],[data-cta]', maxCtas: 1 })]);
    await settle();
    expect(kinds('cta_register')[0]!.ctas).toHaveLength(1);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    vi.useRealTimers();
    await expectNoLeaks(() => [createCtaProximityTracker()], () => {
      mouse('mousemove', document.body, 450, 320);
      document.dispatchEvent(new Event('scroll'));
    });
  });
});
