import { describe, expect, it } from 'vitest';
import { botDetection, type EnvInput, type ScoringInput } from '../src/index';
import botLinear from './fixtures/bot-linear.json';
import humanArc from './fixtures/human-arc.json';
import { click, move, pv, run } from './helpers';

const fixtures: Record<string, unknown> = { 'bot-linear.json': botLinear, 'human-arc.json': humanArc };
const fixture = (name: string): ScoringInput[] => fixtures[name] as ScoringInput[];

const bot = (inputs: ScoringInput[], T = 100_000) => run(inputs, T, [botDetection]).bot_detection;

const env = (over: Partial<EnvInput> = {}): EnvInput => ({
  kind: 'env', t: 0, webdriver: false, userAgent: 'Mozilla/5.0 Chrome/130', languagesLength: 2, pluginsLength: 5,
  isChromeDesktop: true, outerWidth: 1280, outerHeight: 800, hasFocus: true, ...over,
});

describe('bot_detection (§2.2 #26)', () => {
  it('a perfectly linear path at constant 10 ms spacing', () => {
    // fixture: 31 moves, x = 10k at t = 1000 + 10k → 30 intervals, each d = 10, dt = 10, v = 1
    // straightness = 300/300 = 1 >= 0.99, ΣL = 300 >= 200, intervals 30 >= 10 → linear_path 30
    // dtCV = 0 < 0.05, speedCV = 0 < 0.05, intervals >= 20 → regular_timing 30; total 60 → isBot
    expect(bot(fixture('bot-linear.json'))).toEqual({
      score: 60, isBot: true, confidence: 0.6, reasons: ['linear_path', 'regular_timing'],
    });
  });

  it('a noisy human arc fires nothing', () => {
    // fixture: 60 moves on a half ellipse (radii 200, 120) with ±2 px jitter, dt cycling 16,17,16,33,16,17,50,16,16,33.
    // Worked out once from the fixture: chord 400 / length ≈ 525.6 → straightness ≈ 0.761 < 0.99;
    // dtCV ≈ 0.490 and speedCV ≈ 0.418 (> 0.05); max speed ≈ 0.93 px/ms (< 20); first move is before the click.
    expect(bot(fixture('human-arc.json'))).toEqual({ score: 0, isBot: false, confidence: 0, reasons: [] });
  });

  it('fewer than 10 intervals or less than 200 px is not linear_path', () => {
    // 10 moves → 9 intervals (< 10) even though the path is straight and 270 px long
    const few = Array.from({ length: 10 }, (_, k) => move(1000 + 17 * k + (k % 2) * 5, 30 * k, 0));
    expect(bot([pv(0), ...few]).reasons).toEqual([]);
  });

  it('environment points, in the table order', () => {
    // no_languages 40 + no_plugins 30 = 70 → isBot
    expect(bot([env({ languagesLength: 0, pluginsLength: 0 }), pv(0)])).toEqual({
      score: 70, isBot: true, confidence: 0.7, reasons: ['no_languages', 'no_plugins'],
    });
    // webdriver 100 + headless 100 → capped at 100
    expect(bot([env({ webdriver: true, userAgent: 'HeadlessChrome/130' }), pv(0)])).toMatchObject({ score: 100, reasons: ['webdriver', 'headless_ua'] });
    // zero_window needs focus; plugins only matter on Chrome desktop
    expect(bot([env({ outerWidth: 0, outerHeight: 0, hasFocus: false, isChromeDesktop: false, pluginsLength: 0 }), pv(0)]).score).toBe(0);
    expect(bot([env({ outerWidth: 0, outerHeight: 0 }), pv(0)]).reasons).toEqual(['zero_window']);
  });

  it('untrusted events, impossible speed, click without movement', () => {
    // isTrusted false → 50; a click (detail 1, mouse) before any move → 20
    expect(bot([pv(0), click(100, 1, 1), move(200, 5, 5, false)])).toMatchObject({
      score: 70, reasons: ['untrusted_events', 'click_without_movement'],
    });
    // 25 px in 1 ms → 25 px/ms > 20
    expect(bot([pv(0), move(100, 0, 0), move(101, 25, 0)]).reasons).toEqual(['impossible_speed']);
    // keyboard (detail 0) and touch clicks are not click_without_movement
    expect(bot([pv(0), click(100, 1, 1, '#b', { detail: 0 }), click(200, 1, 1, '#b', { pointerType: 'touch' })]).score).toBe(0);
  });

  it('points are overridable per code', () => {
    // webdriver 100 → 10; no_languages keeps its default 40 → 50, below 60
    const r = run([env({ webdriver: true, languagesLength: 0 }), pv(0)], 1000, [botDetection], { bot_detection: { points: { webdriver: 10 } } });
    expect(r.bot_detection).toMatchObject({ score: 50, isBot: false, reasons: ['webdriver', 'no_languages'] });
  });

  it('a 200 ms gap is a pause, excluded from the timing stats', () => {
    // moves at 0 and 200 (dt = 200 >= 200 → pause, new stroke) → no interval, so 500 px in 200 ms is not a speed
    expect(bot([pv(0), move(1000, 0, 0), move(1200, 500, 0)]).reasons).toEqual([]);
  });
});
