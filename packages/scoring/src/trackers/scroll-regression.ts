import { AXIS_REVERSED, createScrollEpisode, resetScrollEpisode, stepScrollEpisode, type ScrollEpisode } from '@sightline/core/signals';
import type { ScrollInput } from '../input/samples';

/** §1.2 `scroll_regression` for one page view: reversals, regression episodes, travel. */
export interface ScrollTrack extends ScrollEpisode {
  reversals: number;
  downPx: number;
  upPx: number;
  /** The open episode already reached the reread threshold. */
  episodeCounted: boolean;
  lastH: number;
  lastD: number;
}

export function createScrollTrack(): ScrollTrack {
  return { ...createScrollEpisode(), reversals: 0, downPx: 0, upPx: 0, episodeCounted: false, lastH: 0, lastD: 0 };
}

export function resetScrollTrack(s: ScrollTrack): void {
  resetScrollEpisode(s);
  s.reversals = s.downPx = s.upPx = s.lastH = s.lastD = 0;
  s.episodeCounted = false;
}

/**
 * Feed one sample. A regression is an up reversal (a first confirmed direction that is up is not
 * a reversal, hence not a regression either: documented choice).
 */
export function stepScroll(s: ScrollTrack, input: ScrollInput, minSegmentPx: number): void {
  s.lastH = input.H;
  s.lastD = input.D;
  if (stepScrollEpisode(s, input.y, minSegmentPx) === AXIS_REVERSED) {
    s.reversals += 1;
    s.episodeCounted = false;
  }
  const dy = s.axis.delta;
  if (dy > 0) s.downPx += dy;
  else s.upPx -= dy;
}
