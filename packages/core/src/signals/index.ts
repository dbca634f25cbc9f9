/**
 * The pure signal logic both the browser trackers and the scoring models run on the same
 * samples: one implementation, so a tracker's signal and a model's feature cannot drift apart.
 * No DOM, no state outside the objects passed in; safe in browsers and in Node.
 */
export { createWelford, welfordCv, welfordPush, welfordReset, type Welford } from './welford';
export { AXIS_CONFIRMED, AXIS_NONE, AXIS_REVERSED, createAxis, resetAxis, stepAxis, type Axis } from './axis';
export { createScrollEpisode, resetScrollEpisode, scrollDepthPct, stepScrollEpisode, type ScrollEpisode } from './scroll-episode';
export { createMouseStrokes, resetMouseStrokes, stepMouseStrokes, straightness, totalPathPx, type MouseStrokes } from './mouse-strokes';
export { CTA_APPROACH, CTA_ENTER, createCtaProximity, ctaFittsId, setCtaRect, stepCta, type CtaProximity, type CtaRect } from './cta';
export { hypot, round3 } from './math';
export {
  createFieldVisit, visitBlur, visitFocus, visitInput, VISIT_FIRST_INPUT, VISIT_HESITATION, VISIT_REFILL, type FieldVisit,
} from './field-visit';
