import { describe, expect, it } from 'vitest';
import { reread } from '../src/index';
import { pv, run, scroll } from './helpers';

const rr = (ys: number[]) => run([pv(0), ...ys.map((y, i) => scroll(100 * (i + 1), y))], 100_000, [reread]).reread;

describe('reread (§2.2 #15)', () => {
  it('counts an episode once when its upPx crosses 200', () => {
    // 0, 1000 (down); 900 (−100 → up reversal, episode 100); 850 (150); 800 (200 → count 1); 700 (300, no recount)
    expect(rr([0, 1000, 900, 850, 800, 700])).toEqual({ count: 1, score: 50 });
  });

  it('a down reversal closes the episode; the next one counts again', () => {
    // … 700, then 900 (+200: down reversal closes), 700 (−200: new episode of 200 → count 2)
    expect(rr([0, 1000, 900, 850, 800, 700, 900, 700])).toEqual({ count: 2, score: 100 });
  });

  it('small down jitter inside an episode does not close it', () => {
    // 0, 1000; 900 (ep 100); 930 (+30 < 50: still up-confirmed); 830 (−100 → ep 200 → 1)
    expect(rr([0, 1000, 900, 930, 830]).count).toBe(1);
  });

  it('an episode under 200 px does not count', () => {
    expect(rr([0, 1000, 850, 1000]).count).toBe(0);
  });
});
