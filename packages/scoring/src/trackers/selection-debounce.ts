import type { SelChangeInput } from '../input/samples';
import type { Target } from '../input/target';

/** §1.2 `text_selection`: a 500 ms debounce over `sel_change`; the timer fires after events at its t. */
export interface SelectionDebounce {
  /** Due time of the pending selection, or -1. */
  due: number;
  length: number;
  target: Target | null;
}

export interface SelectionConfig {
  debounceMs: number;
  minLength: number;
}

export function createSelectionDebounce(): SelectionDebounce {
  return { due: -1, length: 0, target: null };
}

export function selectionChange(s: SelectionDebounce, input: SelChangeInput, cfg: SelectionConfig): void {
  if (input.length >= cfg.minLength && input.length >= 1) {
    s.due = input.t + cfg.debounceMs;
    s.length = input.length;
    s.target = input.target;
  } else {
    // Collapsed (or shorter than minLength): cancels the pending timer.
    s.due = -1;
  }
}

/** True when the pending selection fires strictly before `t` (the caller then clears it). */
export function selectionDueBefore(s: SelectionDebounce, t: number): boolean {
  return s.due >= 0 && s.due < t;
}
