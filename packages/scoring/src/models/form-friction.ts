import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { FORM_KINDS, withDefaults } from '../model/types';
import { createFormTrack, formStep, type FormTrack } from '../trackers/form-field';

/** #7 `form_friction` (§2.2): heuristic weights over Zuko-style signals [S15]; session = max over forms. */
export interface FormFrictionConfig {
  hesitationMs: number;
  errorPoints: number;
  refillPoints: number;
  hesitationPoints: number;
  correctionPoints: number;
  correctionsCap: number;
}

export interface FormFrictionState {
  cfg: FormFrictionConfig;
  forms: FormTrack;
}

export interface FormFrictionOutput {
  /** Session value: max over forms. */
  score: number;
  perForm: Record<string, number>;
}

const defaults: FormFrictionConfig = {
  hesitationMs: 2000, errorPoints: 15, refillPoints: 10, hesitationPoints: 5, correctionPoints: 2, correctionsCap: 20,
};

function evaluate(s: FormFrictionState): FormFrictionOutput {
  const c = s.cfg;
  const perForm: Record<string, number> = {};
  let score = 0;
  for (const f of s.forms.forms.values()) {
    const points =
      c.errorPoints * f.errors + c.refillPoints * f.refills + c.hesitationPoints * f.hesitations +
      c.correctionPoints * Math.min(f.corrections, c.correctionsCap);
    const friction = Math.min(100, points);
    perForm[f.id] = friction;
    if (friction > score) score = friction;
  }
  return { score, perForm };
}

export const formFriction: ModelDescriptor<'form_friction', FormFrictionConfig, FormFrictionState, FormFrictionOutput> = {
  id: 'form_friction',
  defaults,
  kinds: FORM_KINDS,
  init: (config) => ({ cfg: withDefaults(defaults, config), forms: createFormTrack() }),
  update: (s, input: ScoringInput) => {
    formStep(s.forms, input, s.cfg.hesitationMs);
    return s;
  },
  evaluate,
};
