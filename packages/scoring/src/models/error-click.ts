import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';

/**
 * #3 `error_click` (§2.2, §4.3): an error goes to the most recent click only, when within the
 * window and that click has no error yet. Only the latest click can qualify, so state is O(1).
 */
export interface ErrorClickConfig {
  windowMs: number;
}

export interface ErrorClickState {
  cfg: ErrorClickConfig;
  hasClick: boolean;
  clickT: number;
  clickHasError: boolean;
  count: number;
}

export interface ErrorClickOutput {
  count: number;
}

const defaults: ErrorClickConfig = { windowMs: 1000 };

function update(s: ErrorClickState, input: ScoringInput): ErrorClickState {
  switch (input.kind) {
    case 'click':
      s.hasClick = true;
      s.clickT = input.t;
      s.clickHasError = false;
      break;
    case 'error':
      if (s.hasClick && !s.clickHasError && input.t - s.clickT < s.cfg.windowMs) {
        s.clickHasError = true;
        s.count += 1;
      }
      break;
    case 'session_start':
      s.hasClick = false;
      s.count = 0;
      break;
  }
  return s;
}

export const errorClick: ModelDescriptor<'error_click', ErrorClickConfig, ErrorClickState, ErrorClickOutput> = {
  id: 'error_click',
  defaults,
  kinds: ['click', 'error', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), hasClick: false, clickT: 0, clickHasError: false, count: 0 }),
  update,
  evaluate: (s) => ({ count: s.count }),
};
