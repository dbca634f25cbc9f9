import type { EnvInput } from '../input/events';
import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { welfordCv } from '@sightline/core/signals';
import { createMouseDynamics, resetMouseDynamics, stepMouse, straightness, totalPathPx, type MouseDynamics } from '../trackers/mouse-dynamics';

/** #26 `bot_detection` (§2.2): additive points, BotD environment checks [S25] plus mouse dynamics [S21]–[S23]. */
export interface BotDetectionConfig {
  pauseMs: number;
  botAt: number;
  linearStraightness: number;
  linearMinPathPx: number;
  linearMinIntervals: number;
  regularMinIntervals: number;
  regularMaxCv: number;
  maxSpeedPxPerMs: number;
  headlessUa: RegExp;
  points: Partial<Record<BotReason, number>>;
}

/** In the row order of the spec's table, which is the order of `reasons`. */
export const BOT_REASONS = [
  'webdriver', 'headless_ua', 'no_languages', 'no_plugins', 'zero_window', 'untrusted_events',
  'linear_path', 'regular_timing', 'impossible_speed', 'click_without_movement',
] as const;
export type BotReason = (typeof BOT_REASONS)[number];

export interface BotDetectionState {
  cfg: BotDetectionConfig;
  env: EnvInput | null;
  untrusted: boolean;
  clickWithoutMove: boolean;
  moves: number;
  mouse: MouseDynamics;
}

export interface BotDetectionOutput {
  score: number;
  isBot: boolean;
  confidence: number;
  reasons: BotReason[];
}

const defaults: BotDetectionConfig = {
  pauseMs: 200, botAt: 60, linearStraightness: 0.99, linearMinPathPx: 200, linearMinIntervals: 10,
  regularMinIntervals: 20, regularMaxCv: 0.05, maxSpeedPxPerMs: 20,
  headlessUa: /HeadlessChrome|PhantomJS|Electron|SlimerJS/i,
  points: {
    webdriver: 100, headless_ua: 100, no_languages: 40, no_plugins: 30, zero_window: 40, untrusted_events: 50,
    linear_path: 30, regular_timing: 30, impossible_speed: 30, click_without_movement: 20,
  },
};

function update(s: BotDetectionState, input: ScoringInput): BotDetectionState {
  switch (input.kind) {
    case 'move':
      if (input.isTrusted === false) s.untrusted = true;
      s.moves += 1;
      stepMouse(s.mouse, input.t, input.x, input.y, s.cfg.pauseMs);
      break;
    case 'click':
      if (input.isTrusted === false) s.untrusted = true;
      if (input.detail >= 1 && (input.pointerType ?? 'mouse') === 'mouse' && s.moves === 0) s.clickWithoutMove = true;
      break;
    case 'keydown':
    case 'input':
      if (input.isTrusted === false) s.untrusted = true;
      break;
    case 'env':
      s.env = input;
      break;
    case 'session_start':
      s.untrusted = false;
      s.clickWithoutMove = false;
      s.moves = 0;
      resetMouseDynamics(s.mouse);
      break;
  }
  return s;
}

function fired(s: BotDetectionState): Record<BotReason, boolean> {
  const c = s.cfg;
  const e = s.env;
  const m = s.mouse;
  const n = m.dt.n;
  const st = straightness(m);
  const dtCv = welfordCv(m.dt);
  const vCv = welfordCv(m.speed);
  return {
    webdriver: e?.webdriver === true,
    headless_ua: e !== null && c.headlessUa.test(e.userAgent),
    no_languages: e !== null && e.languagesLength === 0,
    no_plugins: e !== null && e.isChromeDesktop && e.pluginsLength === 0,
    zero_window: e !== null && e.hasFocus && e.outerWidth === 0 && e.outerHeight === 0,
    untrusted_events: s.untrusted,
    linear_path: st !== null && st >= c.linearStraightness && totalPathPx(m) >= c.linearMinPathPx && n >= c.linearMinIntervals,
    regular_timing: n >= c.regularMinIntervals && dtCv !== null && dtCv < c.regularMaxCv && vCv !== null && vCv < c.regularMaxCv,
    impossible_speed: m.maxSpeed > c.maxSpeedPxPerMs,
    click_without_movement: s.clickWithoutMove,
  };
}

function evaluate(s: BotDetectionState): BotDetectionOutput {
  const f = fired(s);
  const reasons: BotReason[] = [];
  let sum = 0;
  for (const r of BOT_REASONS) {
    if (!f[r]) continue;
    reasons.push(r);
    sum += s.cfg.points[r] ?? 0;
  }
  const score = Math.min(100, sum);
  return { score, isBot: score >= s.cfg.botAt, confidence: score / 100, reasons };
}

export const botDetection: ModelDescriptor<'bot_detection', BotDetectionConfig, BotDetectionState, BotDetectionOutput> = {
  id: 'bot_detection',
  defaults,
  kinds: ['move', 'click', 'keydown', 'input', 'env', 'session_start'],
  init: (config) => ({
    // `points` merges per code, so one override keeps the other defaults.
    cfg: { ...withDefaults(defaults, config), points: { ...defaults.points, ...config?.points } },
    env: null, untrusted: false, clickWithoutMove: false, moves: 0, mouse: createMouseDynamics(),
  }),
  update,
  evaluate,
};
