import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { engagement, type EngagementOutput } from './engagement';
import { formCompletion, type FormCompletionOutput } from './form-completion';
import { frustration, type FrustrationOutput } from './frustration';
import { intent, type IntentOutput } from './intent';

/** #24 `conversion_readiness` (composite, §2.2): 35/25/20/20. A heuristic, not a trained predictor. */
export interface ConversionReadinessConfig {
  intent: number;
  engagement: number;
  completion: number;
  calm: number;
}

export interface ConversionReadinessOutput {
  score: number;
}

export interface ConversionReadinessDeps {
  intent: IntentOutput;
  engagement: EngagementOutput;
  form_completion: FormCompletionOutput;
  frustration: FrustrationOutput;
}

const defaults: ConversionReadinessConfig = { intent: 35, engagement: 25, completion: 20, calm: 20 };

function evaluate(c: ConversionReadinessConfig, _T: number, d: ConversionReadinessDeps): ConversionReadinessOutput {
  const sum =
    c.intent * d.intent.score + c.engagement * d.engagement.score + c.completion * d.form_completion.score +
    c.calm * (100 - d.frustration.score);
  return { score: Math.floor((sum + 50) / 100) };
}

export const conversionReadiness: ModelDescriptor<
  'conversion_readiness', ConversionReadinessConfig, ConversionReadinessConfig, ConversionReadinessOutput, ConversionReadinessDeps
> = {
  id: 'conversion_readiness',
  defaults,
  kinds: [],
  requires: [intent, engagement, formCompletion, frustration],
  init: (config) => withDefaults(defaults, config),
  update: (s) => s,
  evaluate,
};
