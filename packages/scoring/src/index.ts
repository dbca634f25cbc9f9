/**
 * @sightline/scoring: the 26 behavioral models of the scoring spec as pure, incremental
 * functions of normalized inputs and a query time. Each model is exported by name so unused
 * ones are tree-shaken.
 */
export type * from './input/index';
export { isActivity } from './input/activity';
export type { ModelDescriptor, AnyModel, OutputOf } from './model/types';
export { roundHalfUp, clamp, round3, percentOf } from './math/round';

export { createGate, gateInput, GATE_DROP, GATE_PASS, GATE_NEW_SESSION, DEFAULT_SESSION_TIMEOUT_MS } from './scorer/gate';
export type { Gate } from './scorer/gate';
export { createScorerWith } from './scorer/runner';
export type { Scorer, ScorerConfig, ScoresOf } from './scorer/runner';
export { createScorer, scoreStream } from './scorer/create-scorer';
export type { CreateScorerOptions } from './scorer/create-scorer';
export { allModels } from './scorer/all-models';
export type { AllScores, ModelId } from './scorer/all-models';

export * from './models/rage-click';
export * from './models/dead-click';
export * from './models/error-click';
export * from './models/thrashed-cursor';
export * from './models/excessive-scroll';
export * from './models/quick-back';
export * from './models/form-friction';
export * from './models/form-abandonment';
export * from './models/form-completion';
export * from './models/frustration';
export * from './models/active-time';
export * from './models/engaged-session';
export * from './models/attention';
export * from './models/scroll-depth';
export * from './models/reread';
export * from './models/engagement';
export * from './models/hover-interest';
export * from './models/cta-engagement';
export * from './models/copy-intent';
export * from './models/content-affinity';
export * from './models/exit-intent';
export * from './models/hesitation';
export * from './models/intent';
export * from './models/conversion-readiness';
export * from './models/churn-risk';
export * from './models/bot-detection';

export * from './plugin/index';
