import { describe, expect, it } from 'vitest';
import { deadClick } from '../src/index';
import { click, hide, mutation, pv, run, scroll, selChange, tgt, vis } from './helpers';

const dead = (inputs: Parameters<typeof run>[0], T: number) => run(inputs, T, [deadClick]).dead_click;

describe('dead_click (§2.2 #2, §4.3)', () => {
  it('is pending before its deadline and dead at it', () => {
    // candidate at 1000, deadline 1000 + 2500 = 3500
    expect(dead([pv(0), click(1000, 5, 5)], 3499).count).toBe(0); // 3500 > 3499: pending, not counted
    expect(dead([pv(0), click(1000, 5, 5)], 3500).count).toBe(1); // 3500 <= 3500: finalized dead
    expect(dead([pv(0), click(1000, 5, 5)], 3500).events).toEqual([{ t: 1000, target: '#b' }]);
  });

  it('a mutation inside [t, t+2500) makes it live; at t+2500 it does not', () => {
    expect(dead([pv(0), click(1000, 5, 5), mutation(3499)], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5), mutation(3500)], 9000).count).toBe(1);
  });

  it('a scroll or selection change counts only within 100 ms', () => {
    expect(dead([pv(0), click(1000, 5, 5), scroll(1099, 10)], 9000).count).toBe(0); // 99 < 100
    expect(dead([pv(0), click(1000, 5, 5), scroll(1100, 10)], 9000).count).toBe(1); // 100 not < 100
    expect(dead([pv(0), click(1000, 5, 5), selChange(1050, 3)], 9000).count).toBe(0);
  });

  it('windows are causal: an event with the same t dispatched before the click does not count', () => {
    expect(dead([pv(0), mutation(1000), click(1000, 5, 5)], 9000).count).toBe(1);
    expect(dead([pv(0), click(1000, 5, 5), mutation(1000)], 9000).count).toBe(0);
  });

  it('pagehide finalizes: inside the window the click is live, at the deadline it is dead', () => {
    expect(dead([pv(0), click(1000, 5, 5), hide(2000)], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5), hide(3500)], 9000).count).toBe(1); // deadline == pagehide → dead
    // events after pagehide are ignored until the next pageview: this click is never a candidate
    expect(dead([pv(0), hide(2000), click(2050, 5, 5)], 9000).count).toBe(0);
  });

  it('an SPA route change or tab hide inside the window makes it live', () => {
    expect(dead([pv(0), click(1000, 5, 5), pv(2000, '/b')], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5), vis(1200, 'hidden')], 9000).count).toBe(0);
  });

  it('dedupes against the latest accepted candidate on the same selector', () => {
    // 1000 accepted; 1500: same selector, 500 < 1000 → not a candidate → 1 dead
    expect(dead([pv(0), click(1000, 5, 5), click(1500, 5, 5)], 9000).count).toBe(1);
    // 2000: 2000 − 1000 = 1000, not < 1000 → a second candidate → 2 dead
    expect(dead([pv(0), click(1000, 5, 5), click(2000, 5, 5)], 9000).count).toBe(2);
    // a different selector is never deduped
    expect(dead([pv(0), click(1000, 5, 5, '#x'), click(1100, 5, 5, '#y')], 9000).count).toBe(2);
  });

  it('skips modifier clicks, html, and excluded targets; keeps keyboard clicks', () => {
    const ctrl = { modifiers: { ctrl: true, meta: false, alt: false, shift: false } };
    expect(dead([pv(0), click(1000, 5, 5, '#b', ctrl)], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5, '#b', { target: tgt('html', { tag: 'html' }) })], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5, '#b', { target: tgt('a#l', { tag: 'a', excluded: true }) })], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5, '#b', { target: tgt('canvas', { tag: 'canvas' }) })], 9000).count).toBe(0);
    expect(dead([pv(0), click(1000, 5, 5, '#b', { detail: 0 })], 9000).count).toBe(1);
  });

  it('keeps at most 32 pending candidates, dropping the oldest', () => {
    // 33 distinct targets at t = 0..32 → the first is dropped → 32 dead
    const clicks = Array.from({ length: 33 }, (_, i) => click(i, 5, 5, `#c${i}`));
    const r = dead([pv(0), ...clicks], 9000);
    expect(r.count).toBe(32);
    expect(r.events[0].target).toBe('#c1');
  });

  it('evaluate is idempotent', () => {
    const inputs = [pv(0), click(1000, 5, 5)];
    expect(run(inputs, 4000, [deadClick]).dead_click.count).toBe(1);
    expect(run(inputs, 4000, [deadClick]).dead_click.count).toBe(1);
  });
});
