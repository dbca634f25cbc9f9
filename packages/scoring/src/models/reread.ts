import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { createScrollTrack, resetScrollTrack, stepScroll, type ScrollTrack } from '../trackers/scroll-regression';

/** #15 `reread` (§2.2), page-scoped: regression episodes reaching 200 px up. Heuristic. */
export interface RereadConfig {
  minSegmentPx: number;
  episodeUpPx: number;
  pointsPerReread: number;
}

export interface RereadState {
  cfg: RereadConfig;
  scroll: ScrollTrack;
  count: number;
}

export interface RereadOutput {
  count: number;
  score: number;
}

const defaults: RereadConfig = { minSegmentPx: 50, episodeUpPx: 200, pointsPerReread: 50 };

function update(s: RereadState, input: ScoringInput): RereadState {
  if (input.kind === 'scroll') {
    const sc = s.scroll;
    stepScroll(sc, input, s.cfg.minSegmentPx);
    // Counted once, when the open episode crosses the threshold.
    if (sc.episodeUp >= s.cfg.episodeUpPx && !sc.episodeCounted) {
      sc.episodeCounted = true;
      s.count += 1;
    }
  } else if (input.kind === 'pageview') {
    resetScrollTrack(s.scroll);
    s.count = 0;
  }
  return s;
}

export const reread: ModelDescriptor<'reread', RereadConfig, RereadState, RereadOutput> = {
  id: 'reread',
  defaults,
  kinds: ['scroll', 'pageview'],
  init: (config) => ({ cfg: withDefaults(defaults, config), scroll: createScrollTrack(), count: 0 }),
  update,
  evaluate: (s) => ({ count: s.count, score: Math.min(100, s.cfg.pointsPerReread * s.count) }),
};
