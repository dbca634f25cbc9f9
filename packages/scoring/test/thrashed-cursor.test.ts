import { describe, expect, it } from 'vitest';
import { thrashedCursor } from '../src/index';
import { move, pv, run } from './helpers';

const thrash = (inputs: Parameters<typeof run>[0]) => run(inputs, 100_000, [thrashedCursor]).thrashed_cursor.count;

/** x alternates a, a+amp, a, ... every `step` ms starting at t0 (y constant, so only x flips). */
const zigzag = (n: number, amp: number, step: number, t0 = 0) =>
  Array.from({ length: n }, (_, k) => move(t0 + k * step, 100 + (k % 2) * amp, 300));

describe('thrashed_cursor (§2.2 #4)', () => {
  it('4 reversals within 1000 ms make one thrash and clear R', () => {
    // x: 100@0, 130@100 (+30 ≥ 20: first direction, no reversal), 100@200 (rev 1),
    // 130@300 (rev 2), 100@400 (rev 3), 130@500 (rev 4): 500 − 200 = 300 <= 1000 → thrash, R = []
    expect(thrash([pv(0), ...zigzag(6, 30, 100)])).toBe(1);
    // 4 more flips at 600..900 → R = [600,700,800,900] → second thrash
    expect(thrash([pv(0), ...zigzag(10, 30, 100)])).toBe(2);
  });

  it('flips spaced 500 ms apart never fit 4 in a second', () => {
    // reversals at 1000, 1500, 2000, 2500, ...: R[last] − R[last−3] = 1500 > 1000
    expect(thrash([pv(0), ...zigzag(12, 30, 500)])).toBe(0);
  });

  it('movement below the 20 px hysteresis never confirms a direction', () => {
    // ±15 px steps: pendingDist 15 < 20 every time → no reversals
    expect(thrash([pv(0), ...zigzag(20, 15, 50)])).toBe(0);
  });

  it('exactly 1000 ms between the 1st and 4th reversal still counts (<=)', () => {
    // first direction at 0→100; reversals at 200, 533, 866, 1200? use explicit times:
    const ms = [move(0, 100, 0), move(100, 130, 0), move(200, 100, 0), move(500, 130, 0), move(800, 100, 0), move(1200, 130, 0)];
    // reversals at 200, 500, 800, 1200 → 1200 − 200 = 1000 <= 1000 → 1
    expect(thrash([pv(0), ...ms])).toBe(1);
  });
});
