import { describe, expect, it } from 'vitest';
import { allModels, createScorer, createScorerWith, frustration, rageClick, scoreStream, type ScoringInput } from '../src/index';
import checkout from './fixtures/checkout-session.json';
import { click, hide, move, pv, scroll } from './helpers';

const session = checkout as ScoringInput[];

describe('createScorer / scoreStream', () => {
  it('runs all 26 models by default', () => {
    expect(createScorer().ids).toHaveLength(26);
    expect(new Set(allModels.map((m) => m.id)).size).toBe(26);
  });

  it('runs only the chosen models plus what composites require', () => {
    expect(createScorerWith([rageClick]).ids).toEqual(['rage_click']);
    expect(createScorer({ models: ['frustration'] }).ids).toEqual([
      'rage_click', 'dead_click', 'error_click', 'thrashed_cursor', 'excessive_scroll', 'quick_back', 'form_friction', 'frustration',
    ]);
    expect(createScorerWith([frustration]).ids).toContain('form_friction');
    expect(() => createScorer({ models: ['nope' as never] })).toThrow(/Unknown scoring model/);
  });

  it('every threshold is overridable through config', () => {
    // radius 30 → 50: (0,0) → (20,20) is Manhattan 40, joins only with the larger radius
    const clicks = [click(0, 0, 0), click(100, 20, 20), click(200, 40, 40)];
    expect(scoreStream(clicks, 1000).rage_click.count).toBe(0);
    expect(scoreStream(clicks, 1000, { rage_click: { radiusPx: 50 } }).rage_click.count).toBe(1);
  });

  it('a checkout visit, every composite worked out by hand', () => {
    const s = scoreStream(session, 10_000);
    // activity at 0,1000,1500,2000,3000,4000,5500 keeps the 5 s window open through T → activeMs 10000
    expect(s.active_time.activeMs).toBe(10_000);
    // depth: (1000 + 1000)/4000 = 50 %
    expect(s.scroll_depth).toEqual({ maxDepthPct: 50, milestones: { 25: 0, 50: 3000 } });
    // I = click + one form visit with input = 2: floor((10000 + 300·50 + 3000·2 + 600)/1200) = floor(26.33) = 26
    expect(s.engagement).toEqual({ score: 26, interactions: 2 });
    // #buy: minDist 50 (at 250,125), nearMs 1500→2000 = 500, clicked: round(40 − 40·50/300 + 5 + 30) = round(68.33) = 68
    expect(s.cta_engagement.score).toBe(68);
    // intent: floor((45·68 + 20·0 + 20·100 + 15·50 + 50)/100) = floor(5860/100) = 58
    expect(s.intent.score).toBe(58);
    // completion: the one seen field is filled → 100; frustration: nothing fired → 0 (mutation made the click live)
    expect(s.form_completion.score).toBe(100);
    expect(s.frustration).toEqual({ score: 0, tier: 'none', points10: 0 });
    // readiness: floor((35·58 + 25·26 + 20·100 + 20·100 + 50)/100) = floor(6730/100) = 67
    expect(s.conversion_readiness.score).toBe(67);
    // churn: floor((0 + 0 + 25·74 + 15·0 + 50)/100) = floor(1900/100) = 19
    expect(s.churn_risk.score).toBe(19);
    expect(s.attention.score).toBe(100);
    expect(s.form_abandonment.status).toBe('in_progress');
    // 3 moves 500 ms apart: all gaps are pauses, no intervals, no bot signal
    expect(s.bot_detection.score).toBe(0);
    expect(s.engaged_session.flag).toBe(false); // 10000 is not > 10000
  });

  it('pagehide finalizes and stops accrual', () => {
    const s = scoreStream([...session, hide(10_000), click(12_000, 1, 1)], 20_000);
    expect(s.form_abandonment).toMatchObject({ status: 'abandoned', abandonedField: '#email' });
    expect(s.active_time.activeMs).toBe(10_000);
    expect(s.engagement.interactions).toBe(2); // the click after pagehide is ignored
  });

  it('session expiry at exactly 30 minutes resets session state and keeps page state', () => {
    // last activity: input at 5500 → a move at 5500 + 1_800_000 starts a new session
    const s = scoreStream([...session, move(1_805_500, 10, 10)], 1_806_000);
    expect(s.form_abandonment.status).toBe('not_started');
    expect(s.engagement.interactions).toBe(0);
    expect(s.active_time.activeMs).toBe(500); // [1_805_500, 1_806_000)
    expect(s.attention).toMatchObject({ score: 100, visibleMs: 500 });
    expect(s.scroll_depth.maxDepthPct).toBe(50); // page-scoped: kept
    // page-scoped, kept; the move is a new sample after a near one: nearMs 500 + min(gap, 1000) = 1500
    // → round(40 − 40·50/300 + 1500/100 + 30) = round(78.33) = 78
    expect(s.cta_engagement.score).toBe(78);
    // one millisecond earlier: same session
    const same = scoreStream([...session, move(1_805_499, 10, 10)], 1_806_000);
    expect(same.form_abandonment.status).toBe('in_progress');
    expect(same.engagement.interactions).toBe(2);
  });

  it('drops same-position moves for every consumer (no activity, no sample)', () => {
    // the repeated (5,5) at 4000 is not activity: window ends at 1000 + 5000 = 6000
    const s = scoreStream([pv(0), move(1000, 5, 5), move(4000, 5, 5)], 10_000);
    expect(s.active_time.activeMs).toBe(6000);
  });

  it('scores(T) does not change the state', () => {
    const scorer = createScorer();
    scorer.pushAll([pv(0), click(1000, 5, 5), scroll(1001, 0)]);
    const later = JSON.stringify(scorer.scores(9000));
    scorer.scores(2000);
    scorer.scores(4000);
    expect(JSON.stringify(scorer.scores(9000))).toBe(later);
  });
});
