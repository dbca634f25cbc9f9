import { describe, expect, it } from 'vitest';
import { rageClick } from '../src/index';
import { click, run } from './helpers';

const rage = (inputs: Parameters<typeof run>[0], T = 100_000) => run(inputs, T, [rageClick]).rage_click;

describe('rage_click (§2.2 #1)', () => {
  it('fires once when the chain reaches exactly 3', () => {
    // gaps 300, 300 < 1000; Manhattan 0 < 30 → chain 1,2,3 → one event at the 3rd click
    const r = rage([click(0, 100, 100), click(300, 100, 100), click(600, 100, 100)]);
    expect(r.count).toBe(1);
    expect(r.flag).toBe(true);
    expect(r.events).toEqual([{ t: 600, x: 100, y: 100, target: '#b' }]);
  });

  it('longer chains do not emit again', () => {
    // chain lengths 1..6; only length === 3 emits
    const r = rage([0, 200, 400, 600, 800, 1000].map((t) => click(t, 50, 50)));
    expect(r.count).toBe(1);
  });

  it('compares against the previous click, not the first (chain spans > 1 s)', () => {
    // gaps 999, 999 (< 1000 each) although 1998 ms from first to third → 1
    expect(rage([click(0, 10, 10), click(999, 10, 10), click(1998, 10, 10)]).count).toBe(1);
  });

  it('splits a chain at a gap of exactly 1000 ms (strict <)', () => {
    // 0:1, 900:2 (gap 900), 1900:1 (gap 1000 not < 1000), 2800:2, 3700:3 → rage at 3700
    const r = rage([0, 900, 1900, 2800, 3700].map((t) => click(t, 10, 10)));
    expect(r.count).toBe(1);
    expect(r.events[0].t).toBe(3700);
    // without the last click: chains of 2 and 2 → 0
    expect(rage([0, 900, 1900, 2800].map((t) => click(t, 10, 10))).count).toBe(0);
  });

  it('counts clicks on different elements inside the radius', () => {
    // #a(100,100) → #b(110,105): 10+5 = 15 < 30; → #c(125,112): 15+7 = 22 < 30 → 1
    const r = rage([click(0, 100, 100, '#a'), click(200, 110, 105, '#b'), click(400, 125, 112, '#c')]);
    expect(r.count).toBe(1);
    expect(r.events[0].target).toBe('#c');
  });

  it('a Manhattan distance of exactly 30 restarts the chain', () => {
    // (100,100)→(100,100) joins; →(120,110): 20+10 = 30, not < 30 → restart → max chain 2
    expect(rage([click(0, 100, 100), click(100, 100, 100), click(200, 120, 110)]).count).toBe(0);
  });

  it('ignores keyboard activations (detail 0)', () => {
    // the detail-0 click is skipped: chain 1, 2 → 0
    expect(rage([click(0, 1, 1), click(100, 1, 1, '#b', { detail: 0 }), click(200, 1, 1)]).count).toBe(0);
  });

  it('starts over after session expiry at exactly 30 minutes', () => {
    // clicks 0,100 (chain 2); click at 100 + 1_800_000: gap >= 30 min between activity → new session, chain 1
    const base = [click(0, 5, 5), click(100, 5, 5)];
    expect(rage([...base, click(1_800_100, 5, 5), click(1_800_200, 5, 5)]).count).toBe(0);
    // a rage before expiry is reset by the expiry (session-scoped counter)
    const before = [click(0, 5, 5), click(100, 5, 5), click(200, 5, 5)];
    expect(rage([...before, click(1_800_200, 5, 5)]).count).toBe(0);
    // 1 ms short of the timeout keeps the session: count stays 1
    expect(rage([...before, click(1_800_199, 5, 5)]).count).toBe(1);
  });
});
