import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { FORM_KINDS, withDefaults } from '../model/types';
import { createFormTrack, formStep, type FormTrack } from '../trackers/form-field';

/** #8 `form_abandonment` (§1.2, §2.2): status of the most recently started form [S15]. */
/** No thresholds of its own. */
export type FormAbandonmentConfig = Record<string, never>;

export type FormStatus = 'not_started' | 'in_progress' | 'submitted' | 'abandoned';

export interface FormAbandonmentState {
  cfg: FormAbandonmentConfig;
  forms: FormTrack;
}

export interface FormAbandonmentOutput {
  status: FormStatus;
  /** The form the status describes. */
  form: string | null;
  /** Set only when abandoned. */
  abandonedField: string | null;
  perForm: Record<string, FormStatus>;
}

const defaults: FormAbandonmentConfig = {};

function statusOf(f: { started: boolean; submitted: boolean; abandoned: boolean }): FormStatus {
  if (f.submitted) return 'submitted';
  if (f.abandoned) return 'abandoned';
  return f.started ? 'in_progress' : 'not_started';
}

function evaluate(s: FormAbandonmentState): FormAbandonmentOutput {
  const perForm: Record<string, FormStatus> = {};
  for (const f of s.forms.forms.values()) perForm[f.id] = statusOf(f);
  const last = s.forms.lastStarted;
  if (!last) return { status: 'not_started', form: null, abandonedField: null, perForm };
  const status = statusOf(last);
  return { status, form: last.id, abandonedField: status === 'abandoned' ? last.lastField : null, perForm };
}

export const formAbandonment: ModelDescriptor<'form_abandonment', FormAbandonmentConfig, FormAbandonmentState, FormAbandonmentOutput> = {
  id: 'form_abandonment',
  defaults,
  kinds: FORM_KINDS,
  init: (config) => ({ cfg: withDefaults(defaults, config), forms: createFormTrack() }),
  update: (s, input: ScoringInput) => {
    formStep(s.forms, input, Infinity);
    return s;
  },
  evaluate,
};
