/**
 * §1.2 `tab_visibility`: visible/hidden time since the session start, up to T or pagehide.
 * Between a pagehide and the next pageview no page exists, so neither accrues (documented choice);
 * `elapsedMs` still follows §2.2 #13 literally, so that gap lowers `attention`.
 */
export interface VisibilityClock {
  visible: boolean;
  stopped: boolean;
  cursor: number;
  visibleMs: number;
  hiddenMs: number;
  hiddenSince: number;
  longestHiddenMs: number;
  tabSwitches: number;
  sawVis: boolean;
  /** t_sessionStart. */
  start: number;
}

export function createVisibilityClock(): VisibilityClock {
  return {
    visible: true, stopped: false, cursor: 0, visibleMs: 0, hiddenMs: 0,
    hiddenSince: 0, longestHiddenMs: 0, tabSwitches: 0, sawVis: false, start: 0,
  };
}

function accrue(c: VisibilityClock, t: number): void {
  if (c.stopped) return;
  if (c.visible) c.visibleMs += t - c.cursor;
  else c.hiddenMs += t - c.cursor;
  c.cursor = t;
}

function endHidden(c: VisibilityClock, t: number): void {
  if (t - c.hiddenSince > c.longestHiddenMs) c.longestHiddenMs = t - c.hiddenSince;
}

/** Apply one input; returns nothing, the clock is the state. */
export function clockInput(c: VisibilityClock, kind: string, t: number, state?: string): void {
  switch (kind) {
    case 'vis':
      if (c.stopped || (state === 'visible') === c.visible) return;
      accrue(c, t);
      c.sawVis = true;
      if (state === 'hidden') {
        c.visible = false;
        c.hiddenSince = t;
        c.tabSwitches += 1;
      } else {
        endHidden(c, t);
        c.visible = true;
      }
      return;
    case 'env':
      // Initial state at init, not a transition (no tab switch).
      if (c.sawVis || c.stopped || state !== 'hidden' || !c.visible) return;
      accrue(c, t);
      c.visible = false;
      c.hiddenSince = t;
      return;
    case 'pagehide':
      if (c.stopped) return;
      accrue(c, t);
      if (!c.visible) endHidden(c, t);
      c.stopped = true;
      return;
    case 'pageview':
      if (!c.stopped) return;
      c.stopped = false;
      c.visible = true;
      c.cursor = t;
      return;
    case 'session_start':
      c.visibleMs = 0;
      c.hiddenMs = 0;
      c.longestHiddenMs = 0;
      c.tabSwitches = 0;
      c.cursor = t;
      c.hiddenSince = t;
      c.start = t;
      return;
  }
}

export interface ClockReading {
  visibleMs: number;
  hiddenMs: number;
  longestHiddenMs: number;
  tabSwitches: number;
  /** min(T, t_pagehide) − t_sessionStart, with t_pagehide of the current page view if it ended. */
  elapsedMs: number;
}

/** Reading at T without mutating; a hidden span still running counts (§4.3). */
export function readClock(c: VisibilityClock, T: number): ClockReading {
  const extra = c.stopped ? 0 : Math.max(0, T - c.cursor);
  let longest = c.longestHiddenMs;
  if (!c.visible && !c.stopped && T - c.hiddenSince > longest) longest = T - c.hiddenSince;
  return {
    visibleMs: c.visibleMs + (c.visible ? extra : 0),
    hiddenMs: c.hiddenMs + (c.visible ? 0 : extra),
    longestHiddenMs: longest,
    tabSwitches: c.tabSwitches,
    elapsedMs: (c.stopped ? c.cursor : Math.max(T, c.cursor)) - c.start,
  };
}
