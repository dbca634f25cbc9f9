export { createScoringPlugin, type ScoringPluginOptions } from './scoring-plugin';
export { flattenScores, primaryOf, changedMaterially, type FlatScores } from './flatten';
export { createInputOrder } from './input-order';
