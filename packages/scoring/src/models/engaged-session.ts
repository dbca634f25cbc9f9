import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { clockInput, createVisibilityClock, readClock, type VisibilityClock } from '../trackers/visibility-clock';

/** #12 `engaged_session` (§2.2): the GA4 rule [S17]. */
export interface EngagedSessionConfig {
  /** Strictly more foreground time than this. */
  foregroundMs: number;
  pageviews: number;
  conversions: number;
}

export type EngagedReason = 'duration' | 'pageviews' | 'key_event';

export interface EngagedSessionState {
  cfg: EngagedSessionConfig;
  clock: VisibilityClock;
  pageviews: number;
  conversions: number;
}

export interface EngagedSessionOutput {
  flag: boolean;
  reasons: EngagedReason[];
  foregroundMs: number;
  pageviews: number;
  conversions: number;
}

const defaults: EngagedSessionConfig = { foregroundMs: 10000, pageviews: 2, conversions: 1 };

function update(s: EngagedSessionState, input: ScoringInput): EngagedSessionState {
  clockInput(s.clock, input.kind, input.t, input.kind === 'vis' ? input.state : input.kind === 'env' ? input.visibilityState : undefined);
  if (input.kind === 'pageview') s.pageviews += 1;
  else if (input.kind === 'conversion') s.conversions += 1;
  else if (input.kind === 'session_start') {
    s.pageviews = 0;
    s.conversions = 0;
  }
  return s;
}

function evaluate(s: EngagedSessionState, T: number): EngagedSessionOutput {
  const foregroundMs = readClock(s.clock, T).visibleMs;
  const reasons: EngagedReason[] = [];
  if (foregroundMs > s.cfg.foregroundMs) reasons.push('duration');
  if (s.pageviews >= s.cfg.pageviews) reasons.push('pageviews');
  if (s.conversions >= s.cfg.conversions) reasons.push('key_event');
  return { flag: reasons.length > 0, reasons, foregroundMs, pageviews: s.pageviews, conversions: s.conversions };
}

export const engagedSession: ModelDescriptor<'engaged_session', EngagedSessionConfig, EngagedSessionState, EngagedSessionOutput> = {
  id: 'engaged_session',
  defaults,
  kinds: ['vis', 'env', 'pagehide', 'pageview', 'session_start', 'conversion'],
  init: (config) => ({ cfg: withDefaults(defaults, config), clock: createVisibilityClock(), pageviews: 0, conversions: 0 }),
  update,
  evaluate,
};
