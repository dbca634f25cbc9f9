import { describe, expect, it } from 'vitest';
import { scrollDepth } from '../src/index';
import { move, pv, run, scroll } from './helpers';

const sd = (inputs: Parameters<typeof run>[0]) => run(inputs, 100_000, [scrollDepth]).scroll_depth;

describe('scroll_depth (§1.2, §2.2 #14)', () => {
  it('floors the percentage: 89.9 % does not reach the 90 milestone', () => {
    // H = 1000, D = 10000: (7990 + 1000)/10000 = 89.9 % → 89
    const r = sd([pv(0), scroll(0, 0, 1000, 10_000), scroll(500, 7990, 1000, 10_000)]);
    expect(r.maxDepthPct).toBe(89);
    // initial sample: (0+1000)/10000 = 10 %; 89 reaches 25, 50, 75 at t=500
    expect(r.milestones).toEqual({ 25: 500, 50: 500, 75: 500 });
  });

  it('reaches 90 at exactly 90 % and keeps the first time', () => {
    // (8000+1000)/10000 = 90 % at 600; going back up does not lower the max
    const r = sd([pv(0), scroll(0, 7990, 1000, 10_000), scroll(600, 8000, 1000, 10_000), scroll(700, 0, 1000, 10_000)]);
    expect(r.maxDepthPct).toBe(90);
    expect(r.milestones).toEqual({ 25: 0, 50: 0, 75: 0, 90: 600 });
  });

  it('a page no taller than the viewport is 100 % at the initial sample', () => {
    expect(sd([pv(0), scroll(0, 0, 1000, 800)])).toEqual({ maxDepthPct: 100, milestones: { 25: 0, 50: 0, 75: 0, 90: 0, 100: 0 } });
  });

  it('is page-scoped: reset by pageview, kept across session expiry', () => {
    expect(sd([pv(0), scroll(0, 9000, 1000, 10_000), pv(1000, '/b')]).maxDepthPct).toBe(0);
    // expiry detected by a move 30 min later: page-scoped state survives (§4.2.4)
    expect(sd([pv(0), scroll(0, 9000, 1000, 10_000), move(1_800_000, 1, 1)]).maxDepthPct).toBe(100);
  });
});
