import { AXIS_REVERSED, createAxis, stepAxis, type Axis } from './hysteresis';
import { coefficientOfVariation, createWelford, pushWelford, type Welford } from './welford';

/** §1.2 `mouse_dynamics` aggregates of one page view: strokes, pauses, timing and speed. */
export interface MouseFeatures {
  n: number;
  lastT: number;
  lastX: number;
  lastY: number;
  strokeX: number;
  strokeY: number;
  strokeL: number;
  sumChord: number;
  sumL: number;
  pauses: number;
  dt: Welford;
  speed: Welford;
  maxSpeed: number;
  reversals: number;
  x: Axis;
  y: Axis;
}

export const createMouseFeatures = (): MouseFeatures => ({
  n: 0, lastT: 0, lastX: 0, lastY: 0, strokeX: 0, strokeY: 0, strokeL: 0, sumChord: 0, sumL: 0,
  pauses: 0, dt: createWelford(), speed: createWelford(), maxSpeed: 0, reversals: 0, x: createAxis(), y: createAxis(),
});

const chordOf = (m: MouseFeatures) => Math.sqrt((m.lastX - m.strokeX) ** 2 + (m.lastY - m.strokeY) ** 2);

/** One kept move (same-position moves are dropped before). */
export function stepMouse(m: MouseFeatures, t: number, x: number, y: number, pauseMs: number, axisMinTravelPx: number): void {
  if (m.n > 0) {
    const dt = t - m.lastT;
    if (dt >= pauseMs) {
      m.pauses += 1;
      if (m.strokeL > 0) {
        m.sumChord += chordOf(m);
        m.sumL += m.strokeL;
      }
      m.strokeX = x;
      m.strokeY = y;
      m.strokeL = 0;
    } else {
      const d = Math.sqrt((x - m.lastX) ** 2 + (y - m.lastY) ** 2);
      m.strokeL += d;
      if (dt > 0) {
        pushWelford(m.dt, dt);
        pushWelford(m.speed, d / dt);
        m.maxSpeed = Math.max(m.maxSpeed, d / dt);
      }
    }
  } else {
    m.strokeX = x;
    m.strokeY = y;
  }
  if (stepAxis(m.x, x, axisMinTravelPx) === AXIS_REVERSED) m.reversals += 1;
  if (stepAxis(m.y, y, axisMinTravelPx) === AXIS_REVERSED) m.reversals += 1;
  m.n += 1;
  m.lastT = t;
  m.lastX = x;
  m.lastY = y;
}

const r3 = (x: number | null) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000);

/** The `mouse_features` summary: numbers only, no coordinates. */
export function summarize(m: MouseFeatures): Record<string, number | null> {
  const chord = m.sumChord + (m.strokeL > 0 ? chordOf(m) : 0);
  const length = m.sumL + m.strokeL;
  return {
    n: m.n,
    pathPx: Math.round(length),
    straightness: length > 0 ? r3(chord / length) : null,
    pauses: m.pauses,
    dtMean: r3(m.dt.n > 0 ? m.dt.mean : null),
    dtCV: r3(coefficientOfVariation(m.dt)),
    speedMean: r3(m.speed.n > 0 ? m.speed.mean : null),
    speedCV: r3(coefficientOfVariation(m.speed)),
    speedMax: r3(m.maxSpeed),
    reversals: m.reversals,
  };
}
