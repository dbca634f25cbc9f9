import { AXIS_REVERSED, createAxis, resetAxis, stepAxis, type Axis } from './axis';

/**
 * §1.2 `scroll_regression` on one page view: the direction filter and the open regression
 * episode. A regression is an up reversal; its episode collects up travel until the next down
 * reversal. A first confirmed direction that is up is not a reversal, so it opens no episode.
 */
/** §1.2 scroll depth in %: the bottom of the viewport over the document height; 100 when it all fits. */
export const scrollDepthPct = (y: number, H: number, D: number): number =>
  D <= H ? 100 : Math.max(0, Math.min(100, Math.floor((100 * (y + H)) / D)));

export interface ScrollEpisode {
  axis: Axis;
  /** Up travel of the open episode, or -1 when none is open. */
  episodeUp: number;
}

export const createScrollEpisode = (): ScrollEpisode => ({ axis: createAxis(), episodeUp: -1 });

export function resetScrollEpisode(s: ScrollEpisode): void {
  resetAxis(s.axis);
  s.episodeUp = -1;
}

/** Feeds one scroll position; returns the axis step (AXIS_*). A down reversal closes the episode. */
export function stepScrollEpisode(s: ScrollEpisode, y: number, minSegmentPx: number): number {
  const step = stepAxis(s.axis, y, minSegmentPx);
  if (step === AXIS_REVERSED) s.episodeUp = s.axis.confirmed < 0 ? s.axis.dist : -1;
  else if (s.axis.delta < 0 && s.episodeUp >= 0) s.episodeUp -= s.axis.delta;
  return step;
}
