import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { createSelectionDebounce, selectionChange, selectionDueBefore, type SelectionDebounce } from '../trackers/selection-debounce';

/** #19 `copy_intent` (§2.2): copies of page content and debounced selections [S5][S6]. Heuristic weights. */
export interface CopyIntentConfig {
  debounceMs: number;
  minLength: number;
  copyPoints: number;
  selectionPoints: number;
}

export interface CopyIntentState {
  cfg: CopyIntentConfig;
  sel: SelectionDebounce;
  copies: number;
  copiedChars: number;
  selections: number;
}

export interface CopyIntentOutput {
  score: number;
  copies: number;
  copiedChars: number;
  selections: number;
  flag: boolean;
}

const defaults: CopyIntentConfig = { debounceMs: 500, minLength: 1, copyPoints: 40, selectionPoints: 10 };

function update(s: CopyIntentState, input: ScoringInput): CopyIntentState {
  if (selectionDueBefore(s.sel, input.t)) {
    s.sel.due = -1;
    s.selections += 1;
  }
  switch (input.kind) {
    case 'sel_change':
      selectionChange(s.sel, input, s.cfg);
      break;
    case 'clip':
      if (input.clip !== 'paste' && !input.targetEditable) {
        s.copies += 1;
        s.copiedChars += input.length ?? 0;
      }
      break;
    case 'pagehide':
      // A selection still waiting for its debounce is dropped (§4.2.3).
      s.sel.due = -1;
      break;
    case 'session_start':
      s.sel.due = -1;
      s.copies = s.copiedChars = s.selections = 0;
      break;
  }
  return s;
}

function evaluate(s: CopyIntentState, T: number): CopyIntentOutput {
  const selections = s.selections + (s.sel.due >= 0 && s.sel.due <= T ? 1 : 0);
  return {
    score: Math.min(100, s.cfg.copyPoints * s.copies + s.cfg.selectionPoints * selections),
    copies: s.copies,
    copiedChars: s.copiedChars,
    selections,
    flag: s.copies >= 1,
  };
}

export const copyIntent: ModelDescriptor<'copy_intent', CopyIntentConfig, CopyIntentState, CopyIntentOutput> = {
  id: 'copy_intent',
  defaults,
  kinds: ['sel_change', 'clip', 'pagehide', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), sel: createSelectionDebounce(), copies: 0, copiedChars: 0, selections: 0 }),
  update,
  evaluate,
};
