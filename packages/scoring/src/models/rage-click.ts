import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';

/** #1 `rage_click` (§2.2): PostHog chain rule [S1]; targets are not compared. */
export interface RageClickConfig {
  /** Manhattan distance to the previous click, strict. */
  radiusPx: number;
  /** Gap to the previous click, strict. */
  gapMs: number;
  clicks: number;
}

export interface RageEvent {
  t: number;
  x: number;
  y: number;
  target: string;
}

export interface RageClickState {
  cfg: RageClickConfig;
  chain: number;
  lastT: number;
  lastX: number;
  lastY: number;
  events: RageEvent[];
}

export interface RageClickOutput {
  count: number;
  flag: boolean;
  events: RageEvent[];
}

const defaults: RageClickConfig = { radiusPx: 30, gapMs: 1000, clicks: 3 };

function update(s: RageClickState, input: ScoringInput): RageClickState {
  if (input.kind === 'session_start') {
    s.chain = 0;
    s.events = [];
  } else if (input.kind === 'click' && input.detail !== 0) {
    const joins =
      s.chain > 0 &&
      Math.abs(input.x - s.lastX) + Math.abs(input.y - s.lastY) < s.cfg.radiusPx &&
      input.t - s.lastT < s.cfg.gapMs;
    s.chain = joins ? s.chain + 1 : 1;
    s.lastT = input.t;
    s.lastX = input.x;
    s.lastY = input.y;
    // Exactly at the threshold: longer chains do not emit again.
    if (s.chain === s.cfg.clicks) s.events.push({ t: input.t, x: input.x, y: input.y, target: input.target.selector });
  }
  return s;
}

export const rageClick: ModelDescriptor<'rage_click', RageClickConfig, RageClickState, RageClickOutput> = {
  id: 'rage_click',
  defaults,
  kinds: ['click', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), chain: 0, lastT: 0, lastX: 0, lastY: 0, events: [] }),
  update,
  evaluate: (s) => ({ count: s.events.length, flag: s.events.length >= 1, events: s.events.slice() }),
};
