import { describe, expect, it } from 'vitest';
import { excessiveScroll } from '../src/index';
import { pv, run, scroll } from './helpers';

const ex = (ys: number[], extra: Parameters<typeof run>[0] = []) =>
  run([pv(0), ...ys.map((y, i) => scroll(100 * (i + 1), y)), ...extra], 100_000, [excessiveScroll]).excessive_scroll;

describe('excessive_scroll (§2.2 #5, hysteresis §1.2)', () => {
  it('reversals below the 50 px hysteresis do not count, above do', () => {
    // 0 init; 100 (+100 → first direction down, not a reversal); 60 (−40 < 50: nothing);
    // 100 (+40, same as confirmed); 300 (+200); 240 (−60 ≥ 50 → reversal 1, up);
    // 400 (+160 → rev 2); 300 (−100 → rev 3); 500 (+200 → rev 4); 400 (rev 5); 600 (rev 6)
    const r = ex([0, 100, 60, 100, 300, 240, 400, 300, 500, 400, 600]);
    expect(r.reversals).toBe(6);
    expect(r.flag).toBe(true);
    expect(r.score).toBe(100); // min(100, 25·6)
    // down = 100+40+200+160+200+200 = 900, up = 40+60+100+100 = 300; (900+300)/(5000−1000) = 0.3
    expect(r.travelRatio).toBe(0.3);
  });

  it('3 reversals: no flag, score 75', () => {
    // 0, 100 (down), 40 (−60: rev 1), 200 (+160: rev 2), 100 (−100: rev 3)
    const r = ex([0, 100, 40, 200, 100]);
    expect(r).toMatchObject({ reversals: 3, flag: false, score: 75 });
  });

  it('pending distance accumulates over small same-sign steps', () => {
    // 0, 100 (down), 70 (−30), 45 (−25 → pending 55 ≥ 50 → rev 1)
    expect(ex([0, 100, 70, 45]).reversals).toBe(1);
  });

  it('resets on each pageview (page-scoped)', () => {
    const r = ex([0, 100, 40, 200, 100], [pv(10_000, '/b'), scroll(10_100, 0)]);
    expect(r).toMatchObject({ reversals: 0, flag: false, score: 0, travelRatio: 0 });
  });
});
