import { describe, expect, it } from 'vitest';
import { churnRisk, conversionReadiness, engagement, frustration, intent } from '../src/index';

// Composites read only the integer outputs of their inputs, so they are tested on those directly.
const fr = (d: Partial<Record<string, number | boolean>>) =>
  frustration.evaluate(frustration.init(), 0, {
    rage_click: { count: (d.rage as number) ?? 0, flag: false, events: [] },
    dead_click: { count: (d.dead as number) ?? 0, events: [] },
    error_click: { count: (d.error as number) ?? 0 },
    thrashed_cursor: { count: (d.thrash as number) ?? 0 },
    excessive_scroll: { reversals: 0, flag: (d.excessive as boolean) ?? false, score: 0, travelRatio: 0 },
    quick_back: { count: (d.quick as number) ?? 0, flag: false },
    form_friction: { score: (d.friction as number) ?? 0, perForm: {} },
  });

describe('frustration (§2.2 #10)', () => {
  it('points in tenths, rounded half up, tiers at 6 and 15 points', () => {
    // 40·1 + 20·1 + 37 = 97 → floor((9700 + 75)/150) = floor(65.17) = 65; 97 >= 60 → medium
    expect(fr({ rage: 1, dead: 1, friction: 37 })).toEqual({ score: 65, tier: 'medium', points10: 97 });
    // 0 → 0, none; friction 2 → floor(275/150) = 1, low
    expect(fr({})).toEqual({ score: 0, tier: 'none', points10: 0 });
    expect(fr({ friction: 2 })).toEqual({ score: 1, tier: 'low', points10: 2 });
    // 4 rages = 160 → min(100, floor(16075/150) = 107) = 100, high
    expect(fr({ rage: 4 })).toEqual({ score: 100, tier: 'high', points10: 160 });
    // excessive 20 + quick back 30 + thrash 20 + error 40 = 110 → floor(11075/150) = 73, medium
    expect(fr({ excessive: true, quick: 1, thrash: 1, error: 1 }).score).toBe(73);
    // exactly 150 → high; 59 → low
    expect(fr({ rage: 3, error: 0, friction: 30 }).tier).toBe('high');
    expect(fr({ friction: 59 }).tier).toBe('low');
  });
});

describe('intent, conversion_readiness, churn_risk (§2.2 #23–25)', () => {
  it('intent = floor((45·cta + 20·hover + 20·F + 15·depth + 50)/100)', () => {
    // 45·85 + 20·20 + 20·100 + 15·50 + 50 = 3825 + 400 + 2000 + 750 + 50 = 7025 → 70
    const r = intent.evaluate(intent.init(), 0, {
      cta_engagement: { score: 85, ctas: [] },
      hover_interest: { score: 20, intentHovers: 1, ctaIntentHovers: 1, meanIntentDwellMs: null },
      form_abandonment: { status: 'in_progress', form: 'f', abandonedField: null, perForm: {} },
      scroll_depth: { maxDepthPct: 50, milestones: {} },
    });
    expect(r.score).toBe(70);
  });

  it('conversion_readiness = floor((35·intent + 25·engagement + 20·completion + 20·(100 − frustration) + 50)/100)', () => {
    // 35·70 + 25·43 + 20·67 + 20·35 + 50 = 2450 + 1075 + 1340 + 700 + 50 = 5615 → 56
    const r = conversionReadiness.evaluate(conversionReadiness.init(), 0, {
      intent: { score: 70 }, engagement: { score: 43, interactions: 2 },
      form_completion: { score: 67, perForm: {} }, frustration: { score: 65, tier: 'medium', points10: 97 },
    });
    expect(r.score).toBe(56);
  });

  it('churn_risk = floor((35·frustration + 25·exit + 25·(100 − engagement) + 15·(100 − attention) + 50)/100)', () => {
    // 35·65 + 25·96 + 25·57 + 15·71 + 50 = 2275 + 2400 + 1425 + 1065 + 50 = 7215 → 72
    const r = churnRisk.evaluate(churnRisk.init(), 0, {
      frustration: { score: 65, tier: 'medium', points10: 97 }, exit_intent: { score: 96, count: 1, lastConfidence: 0.96 },
      engagement: { score: 43, interactions: 2 },
      attention: { score: 29, visibleMs: 0, hiddenMs: 0, tabSwitches: 0, longestHiddenMs: 0 },
    });
    expect(r.score).toBe(72);
  });

  it('engagement = floor((A + 300·Dp + 3000·Ic + 600)/1200)', () => {
    // A = 30000, Dp = 50, I = 2: (30000 + 15000 + 6000 + 600)/1200 = 43 (= round(42.5))
    const s = engagement.init();
    s.interactions = 2;
    const r = engagement.evaluate(s, 0, { active_time: { activeMs: 30_000 }, scroll_depth: { maxDepthPct: 50, milestones: {} } });
    expect(r).toEqual({ score: 43, interactions: 2 });
    // saturation: A = min(90000, 60000), Dp 100, I = min(14, 10) → (60000 + 30000 + 30000 + 600)/1200 = 100
    s.interactions = 14;
    expect(engagement.evaluate(s, 0, { active_time: { activeMs: 90_000 }, scroll_depth: { maxDepthPct: 100, milestones: {} } }).score).toBe(100);
  });
});
