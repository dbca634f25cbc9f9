import type { ClickInput } from '../input/events';
import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';

/** #2 `dead_click` (§2.2, §4.3): PostHog thresholds [S2], Datadog exclusion list [S7]. */
export interface DeadClickConfig {
  mutationMs: number;
  /** Window for a scroll sample or a selection change. */
  reactMs: number;
  dedupeMs: number;
  maxPending: number;
}

export interface DeadClickEvent {
  /** Time of the click (it is finalized at t + mutationMs). */
  t: number;
  target: string;
}

export interface DeadClickState {
  cfg: DeadClickConfig;
  /** Pending candidates, oldest first (FIFO, capped). */
  pending: DeadClickEvent[];
  dead: DeadClickEvent[];
  lastSel: string | null;
  lastT: number;
}

export interface DeadClickOutput {
  count: number;
  events: DeadClickEvent[];
}

const defaults: DeadClickConfig = { mutationMs: 2500, reactMs: 100, dedupeMs: 1000, maxPending: 32 };

/** Tags that are never candidates whatever the descriptor flags say (§2.2 #2, §4.1). */
function excludedTag(tag: string | undefined): boolean {
  return tag === 'html' || tag === 'textarea' || tag === 'select' || tag === 'canvas';
}

function isCandidate(s: DeadClickState, c: ClickInput): boolean {
  const m = c.modifiers;
  if (m && (m.ctrl || m.meta || m.alt || m.shift)) return false;
  const tg = c.target;
  if (tg.excluded || excludedTag(tg.tag)) return false;
  return !(s.lastSel === tg.selector && c.t - s.lastT < s.cfg.dedupeMs);
}

/** Deadlines at or before t are dead: no event at the deadline is inside the half-open window. */
function finalize(s: DeadClickState, t: number): void {
  while (s.pending.length > 0 && s.pending[0]!.t + s.cfg.mutationMs <= t) s.dead.push(s.pending.shift()!);
}

function update(s: DeadClickState, input: ScoringInput): DeadClickState {
  if (s.pending.length > 0) finalize(s, input.t);
  switch (input.kind) {
    case 'click':
      if (!isCandidate(s, input)) break;
      if (s.pending.length >= s.cfg.maxPending) s.pending.shift();
      s.pending.push({ t: input.t, target: input.target.selector });
      s.lastSel = input.target.selector;
      s.lastT = input.t;
      break;
    case 'mutation':
    case 'pageview':
    case 'pagehide':
      s.pending.length = 0;
      break;
    case 'vis':
      if (input.state === 'hidden') s.pending.length = 0;
      break;
    case 'scroll':
    case 'sel_change':
      while (s.pending.length > 0 && input.t - s.pending[s.pending.length - 1]!.t < s.cfg.reactMs) s.pending.pop();
      break;
    case 'session_start':
      s.pending.length = 0;
      s.dead = [];
      s.lastSel = null;
      break;
  }
  return s;
}

function evaluate(s: DeadClickState, T: number): DeadClickOutput {
  const events = s.dead.slice();
  for (const p of s.pending) if (p.t + s.cfg.mutationMs <= T) events.push(p);
  return { count: events.length, events };
}

export const deadClick: ModelDescriptor<'dead_click', DeadClickConfig, DeadClickState, DeadClickOutput> = {
  id: 'dead_click',
  defaults,
  kinds: ['click', 'mutation', 'pageview', 'pagehide', 'vis', 'scroll', 'sel_change', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), pending: [], dead: [], lastSel: null, lastT: 0 }),
  update,
  evaluate,
};
