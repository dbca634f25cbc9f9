import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';

/** #6 `quick_back` (§2.2): back_forward to the URL two views back within 5 s [S10][S12]. */
export interface QuickBackConfig {
  maxDwellMs: number;
}

export interface QuickBackState {
  cfg: QuickBackConfig;
  /** Pageviews in this session so far, capped at 2 remembered. */
  n: number;
  url1: string;
  t1: number;
  url2: string;
  count: number;
}

export interface QuickBackOutput {
  count: number;
  flag: boolean;
}

const defaults: QuickBackConfig = { maxDwellMs: 5000 };

function update(s: QuickBackState, input: ScoringInput): QuickBackState {
  if (input.kind === 'session_start') {
    s.n = 0;
    s.count = 0;
  } else if (input.kind === 'pageview') {
    // url1/t1 = P_{k−1}, url2 = P_{k−2}.
    if (s.n >= 2 && input.navType === 'back_forward' && input.url === s.url2 && input.t - s.t1 <= s.cfg.maxDwellMs) {
      s.count += 1;
    }
    s.url2 = s.url1;
    s.url1 = input.url;
    s.t1 = input.t;
    if (s.n < 2) s.n += 1;
  }
  return s;
}

export const quickBack: ModelDescriptor<'quick_back', QuickBackConfig, QuickBackState, QuickBackOutput> = {
  id: 'quick_back',
  defaults,
  kinds: ['pageview', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), n: 0, url1: '', t1: 0, url2: '', count: 0 }),
  update,
  evaluate: (s) => ({ count: s.count, flag: s.count >= 1 }),
};
