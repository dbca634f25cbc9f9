import type { ScoringInput } from '../input/index';
import type { Target } from '../input/target';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { percentOf } from '../math/round';
import { advanceHovers, hoverEnter, hoverMove, hoverRemove, intentBy, type Hover } from '../trackers/hover-intent';
import { createSelectionDebounce, selectionChange, selectionDueBefore, type SelectionDebounce } from '../trackers/selection-debounce';

/** #20 `content_affinity` (§2.2): topic weights from hovers, clicks, selections and copies. Heuristic. */
export interface ContentAffinityConfig {
  sensitivity: number;
  intervalMs: number;
  debounceMs: number;
  minLength: number;
  hoverWeight: number;
  clickWeight: number;
  selectionWeight: number;
  copyWeight: number;
}

export interface ContentAffinityState {
  cfg: ContentAffinityConfig;
  /** Open hovers on targets with a topic only. */
  open: Hover[];
  sel: SelectionDebounce;
  weights: Map<string, number>;
}

export interface ContentAffinityOutput {
  /** topic → floor((200·w + W) / (2·W)); {} when W = 0. */
  shares: Record<string, number>;
  topTopic: string | null;
}

const defaults: ContentAffinityConfig = {
  sensitivity: 7, intervalMs: 100, debounceMs: 500, minLength: 1, hoverWeight: 1, clickWeight: 2, selectionWeight: 3, copyWeight: 4,
};

function add(weights: Map<string, number>, target: Target | null, w: number): void {
  const topic = target?.topic;
  if (topic != null) weights.set(topic, (weights.get(topic) ?? 0) + w);
}

function update(s: ContentAffinityState, input: ScoringInput): ContentAffinityState {
  const c = s.cfg;
  if (s.open.length > 0 && advanceHovers(s.open, input.t, c)) {
    for (const h of s.open) {
      if (!h.fresh) continue;
      h.fresh = false;
      add(s.weights, h.target, c.hoverWeight);
    }
  }
  if (selectionDueBefore(s.sel, input.t)) {
    s.sel.due = -1;
    add(s.weights, s.sel.target, c.selectionWeight);
  }
  switch (input.kind) {
    case 'move':
      if (s.open.length > 0) hoverMove(s.open, input.x, input.y);
      break;
    case 'hover_enter':
      if (input.target.topic != null) hoverEnter(s.open, input.target, input.t, input.x, input.y, c);
      break;
    case 'hover_leave':
      hoverRemove(s.open, input.target.selector);
      break;
    case 'click':
      add(s.weights, input.target, c.clickWeight);
      break;
    case 'clip':
      if (input.clip !== 'paste') add(s.weights, input.target, c.copyWeight);
      break;
    case 'sel_change':
      selectionChange(s.sel, input, c);
      break;
    case 'pagehide':
      s.open.length = 0;
      s.sel.due = -1;
      break;
    case 'session_start':
      s.open.length = 0;
      s.sel.due = -1;
      s.weights.clear();
      break;
  }
  return s;
}

function evaluate(s: ContentAffinityState, T: number): ContentAffinityOutput {
  const weights = new Map(s.weights);
  for (const h of s.open) if (h.intentT < 0 && intentBy(h, T, s.cfg, true) >= 0) add(weights, h.target, s.cfg.hoverWeight);
  if (s.sel.due >= 0 && s.sel.due <= T) add(weights, s.sel.target, s.cfg.selectionWeight);
  let W = 0;
  for (const w of weights.values()) W += w;
  const shares: Record<string, number> = {};
  if (W === 0) return { shares, topTopic: null };
  let topTopic: string | null = null;
  let best = -1;
  for (const [topic, w] of weights) {
    shares[topic] = percentOf(w, W);
    if (w > best || (w === best && topTopic !== null && topic < topTopic)) {
      best = w;
      topTopic = topic;
    }
  }
  return { shares, topTopic };
}

export const contentAffinity: ModelDescriptor<'content_affinity', ContentAffinityConfig, ContentAffinityState, ContentAffinityOutput> = {
  id: 'content_affinity',
  defaults,
  kinds: ['move', 'hover_enter', 'hover_leave', 'click', 'clip', 'sel_change', 'pagehide', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), open: [], sel: createSelectionDebounce(), weights: new Map() }),
  update,
  evaluate,
};
