import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  allModels, createGate, createScorer, createScorerWith, gateInput, GATE_DROP, GATE_NEW_SESSION, GATE_PASS, rageClick, scoreStream,
  type AllScores, type BotDetectionOutput, type ModelId, type RageClickOutput, type ScoringInput,
} from '../src/index';
import { hide, move, pv, vis } from './helpers';

describe('public surface', () => {
  it('types: scores are keyed by model id with each model’s output', () => {
    expectTypeOf(scoreStream([], 0)).toEqualTypeOf<AllScores>();
    expectTypeOf(scoreStream([], 0).bot_detection).toEqualTypeOf<BotDetectionOutput>();
    expectTypeOf(createScorerWith([rageClick]).scores(0)).toEqualTypeOf<{ rage_click: RageClickOutput }>();
    expectTypeOf<'churn_risk'>().toMatchTypeOf<ModelId>();
    expectTypeOf<ScoringInput['kind']>().toMatchTypeOf<string>();
    expect(createScorer().ids[0]).toBe('rage_click');
  });

  it('every descriptor carries id, defaults, kinds, init, update, evaluate', () => {
    for (const m of allModels) {
      expect(Object.keys(m).sort()).toEqual(expect.arrayContaining(['defaults', 'evaluate', 'id', 'init', 'kinds', 'update']));
      // init accepts an empty override and builds a fresh state
      expect(() => m.init({})).not.toThrow();
    }
    expect(rageClick.defaults).toEqual({ radiusPx: 30, gapMs: 1000, clicks: 3 });
    expect(rageClick.kinds).toContain('click');
  });
});

describe('gate (§0 Session, §4.2.3, §4.3)', () => {
  it('drops everything after pagehide until the next pageview', () => {
    const g = createGate();
    expect(gateInput(g, pv(0))).toBe(GATE_PASS);
    expect(gateInput(g, hide(100))).toBe(GATE_PASS);
    expect(gateInput(g, move(200, 1, 1))).toBe(GATE_DROP);
    expect(gateInput(g, hide(300))).toBe(GATE_DROP);
    expect(gateInput(g, pv(400, '/b'))).toBe(GATE_PASS);
    expect(gateInput(g, move(500, 1, 1))).toBe(GATE_PASS);
  });

  it('drops repeated positions and states, which are not activity', () => {
    const g = createGate();
    gateInput(g, pv(0));
    expect(gateInput(g, move(10, 5, 5))).toBe(GATE_PASS);
    expect(gateInput(g, move(1_800_010, 5, 5))).toBe(GATE_DROP); // same position: dropped, no expiry check
    expect(gateInput(g, vis(20, 'visible'))).toBe(GATE_DROP);
  });

  it('expires at exactly 30 minutes between activity events, not 1 ms earlier', () => {
    const a = createGate();
    gateInput(a, pv(0));
    expect(gateInput(a, move(1_799_999, 1, 1))).toBe(GATE_PASS);
    const b = createGate();
    gateInput(b, pv(0));
    expect(gateInput(b, vis(1000, 'hidden'))).toBe(GATE_PASS); // hidden is not activity
    expect(gateInput(b, vis(1_800_000, 'visible'))).toBe(GATE_NEW_SESSION); // 1_800_000 − 0 >= 1_800_000
  });
});
