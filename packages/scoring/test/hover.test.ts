import { describe, expect, it } from 'vitest';
import { hesitation, hoverInterest } from '../src/index';
import { click, field, focus, hide, hoverEnter, hoverLeave, input, move, pv, run, tgt } from './helpers';

const cta = tgt('#buy', { cta: true });
const link = tgt('a#more', { tag: 'a' });

describe('hover_interest (§1.2 hover_intent, §2.2 #17)', () => {
  it('a still pointer gets intent at the first poll', () => {
    // enter@0 (100,100); poll@100: cur = enter position, |0|+|0| < 7 → intent@100; leave@500 → dwell 500
    const r = run([pv(0), hoverEnter(0, cta, 100, 100), hoverLeave(500, cta)], 1000, [hoverInterest]).hover_interest;
    expect(r).toEqual({ score: 20, intentHovers: 1, ctaIntentHovers: 1, meanIntentDwellMs: 500 });
  });

  it('a moving pointer delays intent to a later poll; pending polls count only when due by T', () => {
    // move@50 (110,100): poll@100 sees 10 ≥ 7 → prev = (110,100); move@150 (112,100): poll@200 sees 2 < 7 → intent@200
    const a = [pv(0), hoverEnter(0, link, 100, 100), move(50, 110, 100), move(150, 112, 100)];
    expect(run(a, 199, [hoverInterest]).hover_interest.intentHovers).toBe(0);
    expect(run(a, 200, [hoverInterest]).hover_interest).toMatchObject({ intentHovers: 1, ctaIntentHovers: 0, meanIntentDwellMs: null });
  });

  it('a move exactly at a poll time is seen by that poll', () => {
    // poll@100 sees the move@100 (100 ≥ 7 away) → no intent; poll@200: no new move → 0 → intent@200
    const a = [pv(0), hoverEnter(0, link, 0, 0), move(100, 100, 0)];
    expect(run(a, 150, [hoverInterest]).hover_interest.intentHovers).toBe(0);
    expect(run(a, 200, [hoverInterest]).hover_interest.intentHovers).toBe(1);
  });

  it('a leave exactly at a poll time cancels it', () => {
    const r = run([pv(0), hoverEnter(0, link, 5, 5), hoverLeave(100, link)], 1000, [hoverInterest]).hover_interest;
    expect(r.intentHovers).toBe(0);
  });

  it('the mean dwell is unrounded', () => {
    // dwell 500 and 301 → 400.5
    const b = tgt('#b2');
    const a = [pv(0), hoverEnter(0, cta, 1, 1), hoverLeave(500, cta), hoverEnter(1000, b, 1, 1), hoverLeave(1301, b)];
    expect(run(a, 2000, [hoverInterest]).hover_interest.meanIntentDwellMs).toBe(400.5);
  });
});

describe('hesitation (§2.2 #22)', () => {
  // CTA intent at 100 (enter@0, still pointer); window [100, 3100)
  const base = [pv(0), hoverEnter(0, cta, 10, 10), hoverLeave(200, cta)];

  it('a CTA hover with no click is counted at its deadline, not before', () => {
    expect(run(base, 3099, [hesitation]).hesitation.hoverNoClick).toBe(0); // deadline 3100 > T: pending
    expect(run(base, 3100, [hesitation]).hesitation).toEqual({ score: 25, hoverNoClick: 1, fieldHesitations: 0 });
  });

  it('a click on that CTA inside the window clears it; at the deadline it is too late', () => {
    expect(run([...base, click(3099, 10, 10, '#buy')], 5000, [hesitation]).hesitation.hoverNoClick).toBe(0);
    expect(run([...base, click(3100, 10, 10, '#buy')], 5000, [hesitation]).hesitation.hoverNoClick).toBe(1);
    expect(run([...base, click(1000, 10, 10, '#other')], 5000, [hesitation]).hesitation.hoverNoClick).toBe(1);
  });

  it('pagehide finalizes pending hovers as no-click', () => {
    expect(run([...base, hide(1000)], 1000, [hesitation]).hesitation.hoverNoClick).toBe(1);
  });

  it('non-CTA hovers do not count; field hesitations add 20', () => {
    const name = field('#name');
    const a = [pv(0), hoverEnter(0, link, 1, 1), focus(100, name), input(2101, name, 1)]; // 2001 > 2000
    expect(run(a, 9000, [hesitation]).hesitation).toEqual({ score: 20, hoverNoClick: 0, fieldHesitations: 1 });
  });
});
