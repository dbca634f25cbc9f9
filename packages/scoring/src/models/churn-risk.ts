import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { attention, type AttentionOutput } from './attention';
import { engagement, type EngagementOutput } from './engagement';
import { exitIntent, type ExitIntentOutput } from './exit-intent';
import { frustration, type FrustrationOutput } from './frustration';

/** #25 `churn_risk` (composite, §2.2): 35/25/25/15. A heuristic, not a trained predictor. */
export interface ChurnRiskConfig {
  frustration: number;
  exitIntent: number;
  disengagement: number;
  inattention: number;
}

export interface ChurnRiskOutput {
  score: number;
}

export interface ChurnRiskDeps {
  frustration: FrustrationOutput;
  exit_intent: ExitIntentOutput;
  engagement: EngagementOutput;
  attention: AttentionOutput;
}

const defaults: ChurnRiskConfig = { frustration: 35, exitIntent: 25, disengagement: 25, inattention: 15 };

function evaluate(c: ChurnRiskConfig, _T: number, d: ChurnRiskDeps): ChurnRiskOutput {
  const sum =
    c.frustration * d.frustration.score + c.exitIntent * d.exit_intent.score + c.disengagement * (100 - d.engagement.score) +
    c.inattention * (100 - d.attention.score);
  return { score: Math.floor((sum + 50) / 100) };
}

export const churnRisk: ModelDescriptor<'churn_risk', ChurnRiskConfig, ChurnRiskConfig, ChurnRiskOutput, ChurnRiskDeps> = {
  id: 'churn_risk',
  defaults,
  kinds: [],
  requires: [frustration, exitIntent, engagement, attention],
  init: (config) => withDefaults(defaults, config),
  update: (s) => s,
  evaluate,
};
