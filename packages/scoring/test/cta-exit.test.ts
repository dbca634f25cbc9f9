import { describe, expect, it } from 'vitest';
import { ctaEngagement, exitIntent, type ScoringInput } from '../src/index';
import { click, move, pv, run, tgt } from './helpers';

// CTA rect x ∈ [100, 200], y ∈ [100, 150]; centre (150, 125); W = min(100, 50) = 50
const register: ScoringInput = { kind: 'cta_register', t: 0, ctas: [{ selector: '#buy', rect: { left: 100, top: 100, width: 100, height: 50 } }] };
const path = [move(0, 400, 125), move(1000, 300, 125), move(1500, 250, 125), move(4000, 150, 125)];

describe('cta_engagement (§1.2 cta_proximity, §2.2 #18, §4.3)', () => {
  it('closeness, gap-capped near dwell, Fitts index at the approach', () => {
    // dists: 200 (far), 100 (near → approach; Dc = 150 → log2(150/50 + 1) = 2), 50, 0 (entry)
    // nearMs: 1000→1500: min(500, 1000) = 500; 1500→4000: min(2500, 1000) = 1000 → 1500
    // s = round(40 − 40·0/300 + 1500/100 + 0) = 55
    const r = run([pv(0), register, ...path], 5000, [ctaEngagement]).cta_engagement;
    expect(r.score).toBe(55);
    expect(r.ctas[0]).toMatchObject({ selector: '#buy', minDist: 0, nearMs: 1500, approaches: 1, entries: 1, fittsIds: [2], clicked: false });
  });

  it('a click on the CTA adds 30', () => {
    const r = run([pv(0), register, ...path, click(4100, 150, 125, '#buy', { target: tgt('#buy', { cta: true }) })], 5000, [ctaEngagement]);
    expect(r.cta_engagement.score).toBe(85); // 55 + 30
  });

  it('closeness only: minDist 100 → round(40 − 40·100/300) = round(26.67) = 27', () => {
    expect(run([pv(0), register, move(0, 300, 125)], 100, [ctaEngagement]).cta_engagement.score).toBe(27);
  });

  it('a clicked CTA with no samples scores 30; no CTA scores 0', () => {
    expect(run([pv(0), click(10, 1, 1, '#x', { target: tgt('#x', { cta: true }) })], 100, [ctaEngagement]).cta_engagement.score).toBe(30);
    expect(run([pv(0), move(0, 1, 1)], 100, [ctaEngagement]).cta_engagement.score).toBe(0);
  });

  it('zero-size rect: fittsId null, approach still counted', () => {
    const z: ScoringInput = { kind: 'cta_register', t: 0, ctas: [{ selector: '#z', rect: { left: 0, top: 0, width: 0, height: 10 } }] };
    const r = run([pv(0), z, move(0, 50, 5)], 100, [ctaEngagement]).cta_engagement;
    expect(r.ctas[0]).toMatchObject({ approaches: 1, fittsIds: [null] });
  });
});

describe('exit_intent (§2.2 #21)', () => {
  const leave = (t: number, y: number): ScoringInput => ({ kind: 'doc_leave', t, x: 300, y });
  const key = (t: number): ScoringInput => ({
    kind: 'keydown', t, category: 'other', exitKey: true, modifiers: { ctrl: false, meta: true, alt: false, shift: false },
  });

  it('a fast upward leave after arming', () => {
    // v = (100 − 10)/(2000 − 1900) = 0.9 px/ms; confidence 0.6 + 0.4·0.9 = 0.96 → 96
    const r = run([pv(0), move(1900, 300, 100), leave(2000, 10)], 3000, [exitIntent]).exit_intent;
    expect(r).toEqual({ score: 96, count: 1, lastConfidence: 0.96 });
  });

  it('is disarmed for the first 1000 ms and needs clientY <= 20', () => {
    expect(run([pv(0), leave(999, 0)], 3000, [exitIntent]).exit_intent.count).toBe(0);
    expect(run([pv(0), leave(1000, 21)], 3000, [exitIntent]).exit_intent.count).toBe(0);
    // no move before the leave → v = 0 → 0.6 → 60
    expect(run([pv(0), leave(1000, 20)], 3000, [exitIntent]).exit_intent.score).toBe(60);
  });

  it('meta+L/W gives 0.5; the score uses the max, lastConfidence the latest', () => {
    const r = run([pv(0), move(1900, 300, 100), leave(2000, 10), key(2500)], 3000, [exitIntent]).exit_intent;
    expect(r).toEqual({ score: 96, count: 2, lastConfidence: 0.5 });
    expect(run([pv(0), key(500)], 3000, [exitIntent]).exit_intent.count).toBe(0); // not armed
  });

  it('is reset on each pageview', () => {
    expect(run([pv(0), leave(2000, 0), pv(3000, '/b')], 4000, [exitIntent]).exit_intent).toEqual({ score: 0, count: 0, lastConfidence: null });
  });
});
