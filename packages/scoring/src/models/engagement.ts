import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { createFormTrack, formStep, FORM_VISIT_INPUT, type FormTrack } from '../trackers/form-field';
import { createSelectionDebounce, selectionChange, selectionDueBefore, type SelectionDebounce } from '../trackers/selection-debounce';
import { activeTime, type ActiveTimeOutput } from './active-time';
import { scrollDepth, type ScrollDepthOutput } from './scroll-depth';

/**
 * #16 `engagement` (composite, §2.2): 50 % active time (sat. 60 s), 25 % depth, 25 % interactions
 * (sat. 10), integer reference form. Heuristic weights, not a trained predictor.
 */
export interface EngagementConfig {
  debounceMs: number;
  minLength: number;
  activeSatMs: number;
  interactionsSat: number;
}

export interface EngagementState {
  cfg: EngagementConfig;
  sel: SelectionDebounce;
  forms: FormTrack;
  /** clicks + selections + clips + form visits with >= 1 input. */
  interactions: number;
}

export interface EngagementOutput {
  score: number;
  interactions: number;
}

export interface EngagementDeps {
  active_time: ActiveTimeOutput;
  scroll_depth: ScrollDepthOutput;
}

const defaults: EngagementConfig = { debounceMs: 500, minLength: 1, activeSatMs: 60000, interactionsSat: 10 };

function update(s: EngagementState, input: ScoringInput): EngagementState {
  if (selectionDueBefore(s.sel, input.t)) {
    s.sel.due = -1;
    s.interactions += 1;
  }
  switch (input.kind) {
    case 'move':
    case 'scroll':
      return s;
    case 'click':
    case 'clip':
      s.interactions += 1;
      return s;
    case 'sel_change':
      selectionChange(s.sel, input, s.cfg);
      return s;
    case 'pagehide':
      s.sel.due = -1;
      break;
    case 'session_start':
      s.sel.due = -1;
      s.interactions = 0;
      break;
  }
  if (formStep(s.forms, input, Infinity) & FORM_VISIT_INPUT) s.interactions += 1;
  return s;
}

function evaluate(s: EngagementState, T: number, deps: EngagementDeps): EngagementOutput {
  const interactions = s.interactions + (s.sel.due >= 0 && s.sel.due <= T ? 1 : 0);
  const c = s.cfg;
  const A = Math.min(deps.active_time.activeMs, c.activeSatMs);
  const Ic = Math.min(interactions, c.interactionsSat);
  // floor((A + 300·Dp + 3000·Ic + 600) / 1200) with the defaults: every term scaled to A's unit.
  const score = Math.floor(
    (A + (c.activeSatMs / 200) * deps.scroll_depth.maxDepthPct + (c.activeSatMs / (2 * c.interactionsSat)) * Ic + c.activeSatMs / 100) /
      (c.activeSatMs / 50),
  );
  return { score, interactions };
}

export const engagement: ModelDescriptor<'engagement', EngagementConfig, EngagementState, EngagementOutput, EngagementDeps> = {
  id: 'engagement',
  defaults,
  kinds: ['sel_change', 'click', 'clip', 'focus', 'blur', 'input', 'invalid', 'submit', 'form_register', 'pagehide', 'session_start'],
  requires: [activeTime, scrollDepth],
  init: (config) => ({ cfg: withDefaults(defaults, config), sel: createSelectionDebounce(), forms: createFormTrack(), interactions: 0 }),
  update,
  evaluate,
};
