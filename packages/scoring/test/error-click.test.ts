import { describe, expect, it } from 'vitest';
import { errorClick } from '../src/index';
import { click, error, pv, run } from './helpers';

const ec = (inputs: Parameters<typeof run>[0]) => run(inputs, 100_000, [errorClick]).error_click.count;

describe('error_click (§2.2 #3, §4.3)', () => {
  it('attributes an error within [0, 1000) after the click', () => {
    expect(ec([pv(0), click(1000, 1, 1), error(1999)])).toBe(1); // 999 < 1000
    expect(ec([pv(0), click(1000, 1, 1), error(2000)])).toBe(0); // 1000 not < 1000
    expect(ec([pv(0), click(1000, 1, 1), error(1000)])).toBe(1); // 0 <= 0, error after the click
  });

  it('an error dispatched before a click with the same t is not attributed', () => {
    expect(ec([pv(0), error(1000), click(1000, 1, 1)])).toBe(0);
  });

  it('each click counts at most once; a second error goes nowhere', () => {
    // A at 1000, B at 1500, errors 1600 and 1700: the first goes to B (most recent), the second finds B taken → 1
    expect(ec([pv(0), click(1000, 1, 1, '#a'), click(1500, 1, 1, '#b'), error(1600), error(1700)])).toBe(1);
  });

  it('keyboard-activated clicks count', () => {
    expect(ec([pv(0), click(1000, 1, 1, '#b', { detail: 0 }), error(1100)])).toBe(1);
  });
});
