import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { deadClick, type DeadClickOutput } from './dead-click';
import { errorClick, type ErrorClickOutput } from './error-click';
import { excessiveScroll, type ExcessiveScrollOutput } from './excessive-scroll';
import { formFriction, type FormFrictionOutput } from './form-friction';
import { quickBack, type QuickBackOutput } from './quick-back';
import { rageClick, type RageClickOutput } from './rage-click';
import { thrashedCursor, type ThrashedCursorOutput } from './thrashed-cursor';

/**
 * #10 `frustration` (composite, §2.2): netaj-style points in tenths [S19], saturating at 15
 * points. A transparent weighted heuristic, not a trained predictor.
 */
export interface FrustrationConfig {
  /** Tenths of a point per unit. */
  rage: number;
  dead: number;
  error: number;
  thrash: number;
  excessive: number;
  quickBack: number;
  /** points10 at which the score reaches 100. */
  saturation10: number;
  high10: number;
  medium10: number;
}

export type FrustrationTier = 'none' | 'low' | 'medium' | 'high';

export interface FrustrationOutput {
  score: number;
  tier: FrustrationTier;
  /** Points × 10. */
  points10: number;
}

export interface FrustrationDeps {
  rage_click: RageClickOutput;
  dead_click: DeadClickOutput;
  error_click: ErrorClickOutput;
  thrashed_cursor: ThrashedCursorOutput;
  excessive_scroll: ExcessiveScrollOutput;
  quick_back: QuickBackOutput;
  form_friction: FormFrictionOutput;
}

const defaults: FrustrationConfig = {
  rage: 40, dead: 20, error: 40, thrash: 20, excessive: 20, quickBack: 30, saturation10: 150, high10: 150, medium10: 60,
};

function evaluate(c: FrustrationConfig, _T: number, d: FrustrationDeps): FrustrationOutput {
  const points10 =
    c.rage * d.rage_click.count + c.dead * d.dead_click.count + c.error * d.error_click.count +
    c.thrash * d.thrashed_cursor.count + c.excessive * (d.excessive_scroll.flag ? 1 : 0) +
    c.quickBack * d.quick_back.count + d.form_friction.score;
  // floor((100·points10 + 75) / 150) = round(100·points/15), capped.
  const score = Math.min(100, Math.floor((100 * points10 + c.saturation10 / 2) / c.saturation10));
  const tier: FrustrationTier = points10 >= c.high10 ? 'high' : points10 >= c.medium10 ? 'medium' : points10 > 0 ? 'low' : 'none';
  return { score, tier, points10 };
}

export const frustration: ModelDescriptor<'frustration', FrustrationConfig, FrustrationConfig, FrustrationOutput, FrustrationDeps> = {
  id: 'frustration',
  defaults,
  kinds: [],
  requires: [rageClick, deadClick, errorClick, thrashedCursor, excessiveScroll, quickBack, formFriction],
  init: (config) => withDefaults(defaults, config),
  update: (s) => s,
  evaluate,
};
