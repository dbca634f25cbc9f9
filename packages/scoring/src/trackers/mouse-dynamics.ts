/**
 * §1.2 `mouse_dynamics` stroke statistics (the axis reversals live in `thrashed_cursor`): the
 * shared implementation the browser tracker runs too.
 */
export {
  createMouseStrokes as createMouseDynamics, resetMouseStrokes as resetMouseDynamics, stepMouseStrokes as stepMouse,
  straightness, totalPathPx, type MouseStrokes as MouseDynamics,
} from '@sightline/core/signals';
