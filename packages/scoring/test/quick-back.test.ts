import { describe, expect, it } from 'vitest';
import { quickBack } from '../src/index';
import { pv, run } from './helpers';

const qb = (inputs: Parameters<typeof run>[0]) => run(inputs, 100_000, [quickBack]).quick_back;

describe('quick_back (§2.2 #6)', () => {
  it('back to the URL two views back within 5000 ms', () => {
    // P1 /a@0, P2 /b@10000, P3 /a back_forward@15000: 15000 − 10000 = 5000 <= 5000 → 1
    expect(qb([pv(0, '/a'), pv(10_000, '/b'), pv(15_000, '/a', 'back_forward')])).toEqual({ count: 1, flag: true });
    // 5001 ms → 0
    expect(qb([pv(0, '/a'), pv(10_000, '/b'), pv(15_001, '/a', 'back_forward')]).count).toBe(0);
  });

  it('needs back_forward and the same URL', () => {
    expect(qb([pv(0, '/a'), pv(1000, '/b'), pv(2000, '/a', 'navigate')]).count).toBe(0);
    expect(qb([pv(0, '/a'), pv(1000, '/b'), pv(2000, '/c', 'back_forward')]).count).toBe(0);
  });

  it('the view that starts a new session is its first view', () => {
    // /a@0, /b@1000, then 30 min of silence: /a back_forward at 1_801_000 is P1 of a new session → 0
    expect(qb([pv(0, '/a'), pv(1000, '/b'), pv(1_801_000, '/a', 'back_forward')]).count).toBe(0);
  });
});
