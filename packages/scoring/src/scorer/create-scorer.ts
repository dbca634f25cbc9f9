import type { ScoringInput } from '../input/index';
import type { AnyModel } from '../model/types';
import { allModels, type AllScores, type ModelId } from './all-models';
import { createScorerWith, type Scorer, type ScorerConfig } from './runner';

export interface CreateScorerOptions {
  /** Models to run, as descriptors or ids; default all 26. Required inputs of composites are added. */
  models?: readonly (AnyModel | ModelId)[];
  config?: ScorerConfig;
}

/**
 * The convenient entry: all 26 models unless told otherwise. Apps that ship only some models
 * should call `createScorerWith([...])`, which imports nothing but what it is given.
 */
export function createScorer(options?: { config?: ScorerConfig }): Scorer<AllScores>;
export function createScorer(options: CreateScorerOptions): Scorer<Partial<AllScores>>;
export function createScorer(options: CreateScorerOptions = {}): Scorer<Partial<AllScores>> {
  const byId = new Map<string, AnyModel>(allModels.map((m) => [m.id, m]));
  const models = (options.models ?? allModels).map((m) => {
    if (typeof m !== 'string') return m;
    const found = byId.get(m);
    if (!found) throw new Error(`Unknown scoring model: ${m}`);
    return found;
  });
  return createScorerWith(models, options.config) as Scorer<Partial<AllScores>>;
}

/** All 26 models over a finished stream, evaluated at T (servers, tests). */
export function scoreStream(inputs: Iterable<ScoringInput>, T: number, config?: ScorerConfig): AllScores {
  const scorer = createScorer({ config });
  scorer.pushAll(inputs);
  return scorer.scores(T);
}
