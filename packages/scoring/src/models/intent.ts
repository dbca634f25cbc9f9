import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { ctaEngagement, type CtaEngagementOutput } from './cta-engagement';
import { formAbandonment, type FormAbandonmentOutput } from './form-abandonment';
import { hoverInterest, type HoverInterestOutput } from './hover-interest';
import { scrollDepth, type ScrollDepthOutput } from './scroll-depth';

/** #23 `intent` (composite, §2.2): 45/20/20/15, integer form. A heuristic, not a trained predictor. */
export interface IntentConfig {
  cta: number;
  hover: number;
  form: number;
  depth: number;
}

export interface IntentOutput {
  score: number;
}

export interface IntentDeps {
  cta_engagement: CtaEngagementOutput;
  hover_interest: HoverInterestOutput;
  form_abandonment: FormAbandonmentOutput;
  scroll_depth: ScrollDepthOutput;
}

const defaults: IntentConfig = { cta: 45, hover: 20, form: 20, depth: 15 };

function evaluate(c: IntentConfig, _T: number, d: IntentDeps): IntentOutput {
  // F = 100 when any form of the session has started (its status left not_started).
  const F = d.form_abandonment.status === 'not_started' ? 0 : 100;
  const sum = c.cta * d.cta_engagement.score + c.hover * d.hover_interest.score + c.form * F + c.depth * d.scroll_depth.maxDepthPct;
  return { score: Math.floor((sum + 50) / 100) };
}

export const intent: ModelDescriptor<'intent', IntentConfig, IntentConfig, IntentOutput, IntentDeps> = {
  id: 'intent',
  defaults,
  kinds: [],
  requires: [ctaEngagement, hoverInterest, formAbandonment, scrollDepth],
  init: (config) => withDefaults(defaults, config),
  update: (s) => s,
  evaluate,
};
