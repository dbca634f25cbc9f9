import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { FORM_KINDS, withDefaults } from '../model/types';
import { percentOf } from '../math/round';
import { createFormTrack, formStep, type FormRec, type FormTrack } from '../trackers/form-field';

/** #9 `form_completion` (§2.2): % of the field set filled; session = max over started forms. Heuristic. */
/** No thresholds of its own. */
export type FormCompletionConfig = Record<string, never>;

export interface FormCompletionState {
  cfg: FormCompletionConfig;
  forms: FormTrack;
}

export interface FormCompletionOutput {
  score: number;
  perForm: Record<string, number>;
}

const defaults: FormCompletionConfig = {};

/** Field set: `form_register`'s fields, or the fields seen in events if never registered. */
function completionOf(track: FormTrack, f: FormRec): number {
  const all = f.registered ?? f.seen;
  let required = 0;
  for (const sel of all) if (track.fields.get(sel)?.required) required += 1;
  let total = 0;
  let filled = 0;
  for (const sel of all) {
    const r = track.fields.get(sel);
    if (!r || (required > 0 && !r.required)) continue;
    total += 1;
    if (r.length > 0) filled += 1;
  }
  return total === 0 ? 0 : percentOf(filled, total);
}

function evaluate(s: FormCompletionState): FormCompletionOutput {
  const perForm: Record<string, number> = {};
  let score = 0;
  for (const f of s.forms.forms.values()) {
    const c = completionOf(s.forms, f);
    perForm[f.id] = c;
    if (f.started && c > score) score = c;
  }
  return { score, perForm };
}

export const formCompletion: ModelDescriptor<'form_completion', FormCompletionConfig, FormCompletionState, FormCompletionOutput> = {
  id: 'form_completion',
  defaults,
  kinds: FORM_KINDS,
  init: (config) => ({ cfg: withDefaults(defaults, config), forms: createFormTrack() }),
  update: (s, input: ScoringInput) => {
    formStep(s.forms, input, Infinity);
    return s;
  },
  evaluate,
};
