import { isActivity } from '../input/activity';
import type { ScoringInput } from '../input/index';

/**
 * Stream rules every model shares, applied once before the models see an input:
 * pagehide is terminal until the next pageview (§4.2.3), same-position moves and repeated
 * visibility states are dropped for every consumer (§4.3), and a gap of >= 30 min between
 * activity events starts a new session (§0, §4.2.4).
 */
export interface Gate {
  timeoutMs: number;
  lastActivity: number;
  hasActivity: boolean;
  pageHidden: boolean;
  visible: boolean;
  sawVis: boolean;
  hasMove: boolean;
  moveX: number;
  moveY: number;
}

export const GATE_DROP = 0;
export const GATE_PASS = 1;
/** Pass, after a `session_start` at the input's t. */
export const GATE_NEW_SESSION = 2;

export const DEFAULT_SESSION_TIMEOUT_MS = 1_800_000;

export function createGate(timeoutMs = DEFAULT_SESSION_TIMEOUT_MS): Gate {
  return {
    timeoutMs, lastActivity: 0, hasActivity: false, pageHidden: false,
    visible: true, sawVis: false, hasMove: false, moveX: 0, moveY: 0,
  };
}

export function gateInput(g: Gate, input: ScoringInput): number {
  switch (input.kind) {
    case 'pageview':
      if (g.pageHidden) {
        g.pageHidden = false;
        g.visible = true;
      }
      break;
    case 'env':
      if (!g.sawVis && input.visibilityState === 'hidden') g.visible = false;
      return GATE_PASS;
    case 'session_start':
      return GATE_DROP;
    default:
      if (g.pageHidden) return GATE_DROP;
  }
  if (input.kind === 'move') {
    if (g.hasMove && input.x === g.moveX && input.y === g.moveY) return GATE_DROP;
    g.hasMove = true;
    g.moveX = input.x;
    g.moveY = input.y;
  } else if (input.kind === 'vis') {
    if ((input.state === 'visible') === g.visible) return GATE_DROP;
    g.visible = input.state === 'visible';
    g.sawVis = true;
  } else if (input.kind === 'pagehide') {
    g.pageHidden = true;
    return GATE_PASS;
  }
  if (!isActivity(input)) return GATE_PASS;
  const expired = g.hasActivity && input.t - g.lastActivity >= g.timeoutMs;
  g.hasActivity = true;
  g.lastActivity = input.t;
  return expired ? GATE_NEW_SESSION : GATE_PASS;
}
