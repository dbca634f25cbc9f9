import { isActivity } from '../input/activity';
import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';

/** #11 `active_time` (§2.2): Chartbeat's rolling engaged window [S16], in the spec's O(1) form. */
export interface ActiveTimeConfig {
  windowMs: number;
}

export interface ActiveTimeState {
  cfg: ActiveTimeConfig;
  visible: boolean;
  sawVis: boolean;
  stopped: boolean;
  cursor: number;
  activeUntil: number;
  activeMs: number;
}

export interface ActiveTimeOutput {
  activeMs: number;
}

const defaults: ActiveTimeConfig = { windowMs: 5000 };

function accrue(s: ActiveTimeState, t: number): void {
  if (s.visible && !s.stopped) s.activeMs += Math.max(0, Math.min(t, s.activeUntil) - s.cursor);
  s.cursor = t;
}

function update(s: ActiveTimeState, input: ScoringInput): ActiveTimeState {
  const t = input.t;
  const kind = input.kind;
  // Hot path first: moves and scroll samples are plain activity.
  if (kind === 'move' || kind === 'scroll') {
    accrue(s, t);
    if (t + s.cfg.windowMs > s.activeUntil) s.activeUntil = t + s.cfg.windowMs;
    return s;
  }
  switch (kind) {
    case 'vis':
      s.sawVis = true;
      if (input.state === 'hidden') {
        accrue(s, t);
        s.visible = false;
        s.activeUntil = t;
      } else {
        // Becoming visible counts as activity.
        s.visible = true;
        s.cursor = t;
        s.activeUntil = t + s.cfg.windowMs;
      }
      return s;
    case 'env':
      if (!s.sawVis && input.visibilityState === 'hidden') s.visible = false;
      return s;
    case 'pagehide':
      accrue(s, t);
      s.stopped = true;
      return s;
    case 'session_start':
      s.activeMs = 0;
      s.cursor = t;
      s.activeUntil = Math.min(s.activeUntil, t);
      return s;
    case 'pageview':
      if (s.stopped) {
        s.stopped = false;
        s.visible = true;
        s.cursor = t;
      }
      break;
  }
  if (isActivity(input)) {
    accrue(s, t);
    if (t + s.cfg.windowMs > s.activeUntil) s.activeUntil = t + s.cfg.windowMs;
  }
  return s;
}

function evaluate(s: ActiveTimeState, T: number): ActiveTimeOutput {
  if (s.stopped || !s.visible) return { activeMs: s.activeMs };
  return { activeMs: s.activeMs + Math.max(0, Math.min(T, s.activeUntil) - s.cursor) };
}

export const activeTime: ModelDescriptor<'active_time', ActiveTimeConfig, ActiveTimeState, ActiveTimeOutput> = {
  id: 'active_time',
  defaults,
  kinds: ['vis', 'env', 'pagehide', 'session_start', 'pageview', 'scroll', 'move', 'click', 'keydown', 'input', 'activity'],
  init: (config) => ({
    cfg: withDefaults(defaults, config), visible: true, sawVis: false, stopped: false, cursor: 0, activeUntil: 0, activeMs: 0,
  }),
  update,
  evaluate,
};
