import type { ScoringInput } from './index';

/**
 * Activity events (§0.1): they keep the session alive and feed `active_time`.
 * `vis` counts only when it becomes visible; the gate has already dropped repeats (§4.3).
 */
export function isActivity(input: ScoringInput): boolean {
  switch (input.kind) {
    case 'pageview':
    case 'scroll':
    case 'move':
    case 'click':
    case 'keydown':
    case 'input':
    case 'activity':
      return true;
    case 'vis':
      return input.state === 'visible';
    default:
      return false;
  }
}
