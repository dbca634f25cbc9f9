import {
  AXIS_REVERSED, createAxis, createMouseStrokes, stepAxis, stepMouseStrokes, straightness, totalPathPx, welfordCv,
  type Axis, type MouseStrokes,
} from '@sightline/core/signals';
import { round3 } from './rules';

/** §1.2 `mouse_dynamics` aggregates of one page view: the shared stroke statistics plus axis reversals. */
export interface MouseFeatures extends MouseStrokes {
  reversals: number;
  x: Axis;
  y: Axis;
}

export const createMouseFeatures = (): MouseFeatures => ({ ...createMouseStrokes(), reversals: 0, x: createAxis(), y: createAxis() });

/** One kept move (same-position moves are dropped before). */
export function stepMouse(m: MouseFeatures, t: number, x: number, y: number, pauseMs: number, axisMinTravelPx: number): void {
  stepMouseStrokes(m, t, x, y, pauseMs);
  if (stepAxis(m.x, x, axisMinTravelPx) === AXIS_REVERSED) m.reversals += 1;
  if (stepAxis(m.y, y, axisMinTravelPx) === AXIS_REVERSED) m.reversals += 1;
}

/** The `mouse_features` summary: numbers only, no coordinates. */
export const summarize = (m: MouseFeatures): Record<string, number | null> => ({
  n: m.n,
  pathPx: Math.round(totalPathPx(m)),
  straightness: round3(straightness(m)),
  pauses: m.pauses,
  dtMean: round3(m.dt.n > 0 ? m.dt.mean : null),
  dtCV: round3(welfordCv(m.dt)),
  speedMean: round3(m.speed.n > 0 ? m.speed.mean : null),
  speedCV: round3(welfordCv(m.speed)),
  speedMax: round3(m.maxSpeed),
  reversals: m.reversals,
});
