import { AXIS_REVERSED, createAxis, resetAxis, stepAxis, type Axis } from './axis-hysteresis';
import type { ScrollInput } from '../input/samples';

/** §1.2 `scroll_regression` for one page view: reversals, regression episodes, travel. */
export interface ScrollTrack {
  axis: Axis;
  reversals: number;
  downPx: number;
  upPx: number;
  /** Open regression episode's upPx, or -1 when none is open. */
  episodeUp: number;
  /** The open episode already reached the reread threshold. */
  episodeCounted: boolean;
  lastH: number;
  lastD: number;
}

export function createScrollTrack(): ScrollTrack {
  return { axis: createAxis(), reversals: 0, downPx: 0, upPx: 0, episodeUp: -1, episodeCounted: false, lastH: 0, lastD: 0 };
}

export function resetScrollTrack(s: ScrollTrack): void {
  resetAxis(s.axis);
  s.reversals = 0;
  s.downPx = 0;
  s.upPx = 0;
  s.episodeUp = -1;
  s.episodeCounted = false;
  s.lastH = 0;
  s.lastD = 0;
}

/**
 * Feed one sample. A regression is an up reversal (a first confirmed direction that is up is not
 * a reversal, hence not a regression either: documented choice).
 */
export function stepScroll(s: ScrollTrack, input: ScrollInput, minSegmentPx: number): void {
  s.lastH = input.H;
  s.lastD = input.D;
  const r = stepAxis(s.axis, input.y, minSegmentPx);
  const dy = s.axis.delta;
  if (dy > 0) s.downPx += dy;
  else if (dy < 0) s.upPx -= dy;
  if (r === AXIS_REVERSED) {
    s.reversals += 1;
    if (s.axis.confirmed < 0) {
      s.episodeUp = s.axis.dist;
      s.episodeCounted = false;
    } else s.episodeUp = -1;
  } else if (dy < 0 && s.episodeUp >= 0) s.episodeUp -= dy;
}
