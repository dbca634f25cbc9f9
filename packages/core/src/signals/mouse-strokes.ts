import { hypot } from './math';
import { createWelford, welfordPush, welfordReset, type Welford } from './welford';

/**
 * §1.2 `mouse_dynamics` stroke statistics: strokes split by pauses, their path length and chord,
 * and the timing and speed of moves within a stroke. Fed only kept moves (same-position repeats
 * dropped before, §4.3).
 */
export interface MouseStrokes {
  /** Kept moves fed. */
  n: number;
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

export const createMouseStrokes = (): MouseStrokes => ({
  n: 0, lastT: 0, lastX: 0, lastY: 0, strokeX: 0, strokeY: 0, strokeL: 0,
  sumChord: 0, sumL: 0, pauses: 0, dt: createWelford(), speed: createWelford(), maxSpeed: 0,
});

export function resetMouseStrokes(m: MouseStrokes): void {
  m.n = m.strokeL = m.sumChord = m.sumL = m.pauses = m.maxSpeed = 0;
  welfordReset(m.dt);
  welfordReset(m.speed);
}

const chordOf = (m: MouseStrokes) => hypot(m.lastX - m.strokeX, m.lastY - m.strokeY);

export function stepMouseStrokes(m: MouseStrokes, t: number, x: number, y: number, pauseMs: number): void {
  const dt = t - m.lastT;
  if (m.n === 0 || dt >= pauseMs) {
    if (m.n > 0) {
      m.pauses += 1;
      if (m.strokeL > 0) {
        m.sumChord += chordOf(m);
        m.sumL += m.strokeL;
      }
    }
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
  m.n += 1;
  m.lastT = t;
  m.lastX = x;
  m.lastY = y;
}

/** ΣL including the open stroke. */
export const totalPathPx = (m: MouseStrokes): number => m.sumL + m.strokeL;

/** Σchord/ΣL over strokes with L > 0, the open stroke included; null when ΣL = 0. */
export function straightness(m: MouseStrokes): number | null {
  const length = totalPathPx(m);
  return length > 0 ? (m.sumChord + (m.strokeL > 0 ? chordOf(m) : 0)) / length : null;
}
