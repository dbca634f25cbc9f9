import { hypot } from '../math/round';
import { createWelford, welfordPush, welfordReset, type Welford } from '../math/welford';

/**
 * §1.2 `mouse_dynamics` stroke statistics (the axis reversals live in `thrashed_cursor`).
 * Fed only kept moves: the gate already dropped same-position repeats (§4.3).
 */
export interface MouseDynamics {
  has: boolean;
  lastT: number;
  lastX: number;
  lastY: number;
  strokeX: number;
  strokeY: number;
  strokeL: number;
  /** Σ chord and Σ L over closed strokes, summed in stroke order. */
  sumChord: number;
  sumL: number;
  pauses: number;
  dt: Welford;
  speed: Welford;
  maxSpeed: number;
}

export function createMouseDynamics(): MouseDynamics {
  return {
    has: false, lastT: 0, lastX: 0, lastY: 0, strokeX: 0, strokeY: 0, strokeL: 0,
    sumChord: 0, sumL: 0, pauses: 0, dt: createWelford(), speed: createWelford(), maxSpeed: 0,
  };
}

export function resetMouseDynamics(m: MouseDynamics): void {
  m.has = false;
  m.strokeL = 0;
  m.sumChord = 0;
  m.sumL = 0;
  m.pauses = 0;
  welfordReset(m.dt);
  welfordReset(m.speed);
  m.maxSpeed = 0;
}

function closeStroke(m: MouseDynamics): void {
  if (m.strokeL > 0) {
    m.sumChord += hypot(m.lastX - m.strokeX, m.lastY - m.strokeY);
    m.sumL += m.strokeL;
  }
}

export function stepMouse(m: MouseDynamics, t: number, x: number, y: number, pauseMs: number): void {
  if (!m.has) {
    m.has = true;
    m.strokeX = x;
    m.strokeY = y;
    m.strokeL = 0;
  } else {
    const dt = t - m.lastT;
    if (dt >= pauseMs) {
      m.pauses += 1;
      closeStroke(m);
      m.strokeX = x;
      m.strokeY = y;
      m.strokeL = 0;
    } else {
      const d = hypot(x - m.lastX, y - m.lastY);
      m.strokeL += d;
      if (dt > 0) {
        const v = d / dt;
        welfordPush(m.dt, dt);
        welfordPush(m.speed, v);
        if (v > m.maxSpeed) m.maxSpeed = v;
      }
    }
  }
  m.lastT = t;
  m.lastX = x;
  m.lastY = y;
}

/** ΣL including the open stroke. */
export function totalPathPx(m: MouseDynamics): number {
  return m.sumL + m.strokeL;
}

/** Σchord/ΣL over strokes with L > 0, the open stroke included; null when ΣL = 0. */
export function straightness(m: MouseDynamics): number | null {
  let chord = m.sumChord;
  let len = m.sumL;
  if (m.has && m.strokeL > 0) {
    chord += hypot(m.lastX - m.strokeX, m.lastY - m.strokeY);
    len += m.strokeL;
  }
  return len > 0 ? chord / len : null;
}
