import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { createFormTrack, formStep, FORM_HESITATION, type FormTrack } from '../trackers/form-field';
import { advanceHovers, hoverEnter, hoverMove, hoverRemove, intentBy, type Hover } from '../trackers/hover-intent';

/** #22 `hesitation` (§2.2): CTA hovers with no click within 3 s, plus field hesitations. Heuristic. */
export interface HesitationConfig {
  sensitivity: number;
  intervalMs: number;
  clickWindowMs: number;
  hesitationMs: number;
  hoverPoints: number;
  fieldPoints: number;
  /** Pending CTA hovers kept at most (FIFO drop of the oldest), like the dead-click queue. */
  maxPending: number;
}

interface PendingHover {
  t: number;
  selector: string;
}

export interface HesitationState {
  cfg: HesitationConfig;
  /** Open hovers on CTA targets only. */
  open: Hover[];
  pending: PendingHover[];
  hoverNoClick: number;
  fieldHesitations: number;
  forms: FormTrack;
}

export interface HesitationOutput {
  score: number;
  hoverNoClick: number;
  fieldHesitations: number;
}

const defaults: HesitationConfig = {
  sensitivity: 7, intervalMs: 100, clickWindowMs: 3000, hesitationMs: 2000, hoverPoints: 25, fieldPoints: 20, maxPending: 32,
};

function advance(s: HesitationState, t: number): void {
  if (s.open.length > 0 && advanceHovers(s.open, t, s.cfg)) {
    for (const h of s.open) {
      if (!h.fresh) continue;
      h.fresh = false;
      if (s.pending.length >= s.cfg.maxPending) s.pending.shift();
      s.pending.push({ t: h.intentT, selector: h.target.selector });
    }
  }
  // A click at the deadline is outside [t_h, t_h + 3000): finalize first.
  while (s.pending.length > 0 && s.pending[0]!.t + s.cfg.clickWindowMs <= t) {
    s.pending.shift();
    s.hoverNoClick += 1;
  }
}

function update(s: HesitationState, input: ScoringInput): HesitationState {
  advance(s, input.t);
  switch (input.kind) {
    case 'move':
      if (s.open.length > 0) hoverMove(s.open, input.x, input.y);
      return s;
    case 'hover_enter':
      if (input.target.cta) hoverEnter(s.open, input.target, input.t, input.x, input.y, s.cfg);
      return s;
    case 'hover_leave':
      hoverRemove(s.open, input.target.selector);
      return s;
    case 'click':
      if (s.pending.length > 0) s.pending = s.pending.filter((p) => p.selector !== input.target.selector);
      return s;
    case 'pagehide':
      // Pending hovers count as no-click at pagehide.
      s.hoverNoClick += s.pending.length;
      s.pending.length = 0;
      s.open.length = 0;
      break;
    case 'session_start':
      s.open.length = 0;
      s.pending.length = 0;
      s.hoverNoClick = 0;
      s.fieldHesitations = 0;
      break;
  }
  if (formStep(s.forms, input, s.cfg.hesitationMs) & FORM_HESITATION) s.fieldHesitations += 1;
  return s;
}

function evaluate(s: HesitationState, T: number): HesitationOutput {
  let hoverNoClick = s.hoverNoClick;
  for (const p of s.pending) if (p.t + s.cfg.clickWindowMs <= T) hoverNoClick += 1;
  for (const h of s.open) {
    const p = h.intentT < 0 ? intentBy(h, T, s.cfg, true) : -1;
    if (p >= 0 && p + s.cfg.clickWindowMs <= T) hoverNoClick += 1;
  }
  const score = Math.min(100, s.cfg.hoverPoints * hoverNoClick + s.cfg.fieldPoints * s.fieldHesitations);
  return { score, hoverNoClick, fieldHesitations: s.fieldHesitations };
}

export const hesitation: ModelDescriptor<'hesitation', HesitationConfig, HesitationState, HesitationOutput> = {
  id: 'hesitation',
  defaults,
  kinds: ['move', 'hover_enter', 'hover_leave', 'click', 'focus', 'blur', 'input', 'invalid', 'submit', 'form_register', 'pagehide', 'session_start'],
  init: (config) => ({
    cfg: withDefaults(defaults, config), open: [], pending: [], hoverNoClick: 0, fieldHesitations: 0, forms: createFormTrack(),
  }),
  update,
  evaluate,
};
