import type { Plugin, PluginContext, Sample, TimerHandle } from '@sightline/core';
import type { AnyModel } from '../model/types';
import { createScorerWith, type Scorer, type ScorerConfig } from '../scorer/runner';
import { changedMaterially, flattenScores, primaryOf, type FlatScores } from './flatten';
import { createInputOrder } from './input-order';
import { createSignalTracker } from './signals';

export interface ScoringPluginOptions {
  /** Thresholds per model id, and `sessionTimeoutMs` (§0). */
  config?: ScorerConfig;
  /** How often scores are re-evaluated while samples arrive. Default 1000 ms. */
  intervalMs?: number;
  /** Keep evaluating this long after the last sample, so deadlines (dead clicks at 2.5 s) settle. Default 3000 ms. */
  settleMs?: number;
  /** A `.score` must move this much for a new `score` event. Default 5. */
  minDelta?: number;
  /** Emit `rage_click`, `dead_click`, `error_click`... signal events. Default true. */
  signals?: boolean;
}

/**
 * Scores the sample stream live: every sample goes to the scorer in-process (samples never
 * travel). Scores feed `client.getSnapshot().scores` (`frustration`, `frustration.score`, ...),
 * and a `score` event is sent when a score changes materially and at page hide. The scorer's
 * state is kept in session storage at page hide, so the next page load of the session goes on
 * from it (the models score the session, not the page). Pass the models
 * to run (`allModels`, or a few descriptors so the rest is tree-shaken). Put it before the
 * trackers in `plugins`.
 */
export function createScoringPlugin(models: readonly AnyModel[], options: ScoringPluginOptions = {}): Plugin {
  const intervalMs = options.intervalMs ?? 1000;
  const settleMs = options.settleMs ?? 3000;
  const minDelta = options.minDelta ?? 5;
  return {
    name: 'sightline/scoring@1',
    setup(ctx: PluginContext) {
      const scorer = createScorerWith(models, options.config);
      const order = createInputOrder();
      const perf = ctx.env?.window.performance;
      const clockNow = () => (perf ? perf.now() : ctx.clock.now());
      const doc = ctx.env?.document;
      const signals = createSignalTracker((selector) => {
        try {
          return doc?.querySelector(selector)?.tagName.toLowerCase() ?? '';
        } catch {
          return '';
        }
      });
      let lastT = 0;
      let lastAt = clockNow();
      // The session so far, as the previous page load of this tab left it.
      try {
        const restored = restoreSaved(ctx, scorer);
        if (restored !== undefined) {
          lastT = restored;
          // The signal events of the restored state were sent by the page that saw them.
          signals(scorer.scores(lastT) as Record<string, unknown>, () => undefined);
        }
      } catch (error) {
        ctx.storage.remove(SAVED_KEY, 'session');
        ctx.reportError(error);
      }
      let sent: FlatScores | undefined;
      let live: FlatScores | undefined;
      let timer: TimerHandle | undefined;
      let broken = false;

      const evaluate = (T: number, final: boolean, hidden: boolean) => {
        const scores = scorer.scores(T) as Record<string, unknown>;
        const flat = flattenScores(scores);
        if (options.signals !== false) signals(scores, ctx.emit);
        if (!live || changedMaterially(live, flat, 0)) {
          const numbers: Record<string, number> = {};
          for (const [key, value] of Object.entries(flat)) if (typeof value !== 'string') numbers[key] = Number(value);
          for (const id of Object.keys(scores)) {
            const primary = primaryOf(scores[id]);
            if (primary !== undefined) numbers[id] = primary;
          }
          ctx.setScores(numbers);
        }
        live = flat;
        const send = final || (hidden ? changedMaterially(sent, flat, 1) : changedMaterially(sent, flat, minDelta));
        if (!send) return;
        sent = flat;
        ctx.emit({ type: 'score', props: { T, final, ...flat } });
      };
      // A malformed input must not reach the page; the scorer's state is no longer trusted.
      const fail = (error: unknown) => {
        broken = true;
        ctx.reportError(error);
      };
      const guarded = (fn: () => void) => {
        if (broken) return;
        try {
          fn();
        } catch (error) {
          fail(error);
        }
      };
      const now = () => Math.max(lastT, Math.round(lastT + clockNow() - lastAt));
      const tick = () => {
        timer = undefined;
        guarded(() => evaluate(now(), false, false));
        if (clockNow() - lastAt <= settleMs) timer = ctx.setTimeout(tick, intervalMs);
      };

      // Per sample (every mouse move): no closure, one clock read.
      ctx.onSample((sample: Sample) => {
        const input = order(sample);
        if (!input || broken) return;
        try {
          scorer.push(input);
          lastT = input.t;
          lastAt = clockNow();
          if (input.kind === 'pagehide') evaluate(input.t, true, true);
          else if (input.kind === 'vis' && input.state === 'hidden') evaluate(input.t, false, true);
          // Mobile browsers may discard a hidden tab without a pagehide: save at either.
          if (input.kind === 'pagehide' || (input.kind === 'vis' && input.state === 'hidden')) save(ctx, scorer, lastT);
        } catch (error) {
          fail(error);
        }
        if (timer === undefined && !broken) timer = ctx.setTimeout(tick, intervalMs);
      });
      // The window's capture listener runs before core's document listener flushes at page hide,
      // so this score leaves with that flush.
      ctx.listen('visibilitychange', () => {
        if (doc?.visibilityState === 'hidden') guarded(() => evaluate(now(), false, true));
      }, { target: 'window' });
      return () => {
        if (timer !== undefined) ctx.clearTimeout(timer);
        timer = undefined;
      };
    },
  };
}

const SAVED_KEY = 'scoring';

/** Never breaks scoring: a state that cannot be saved only means the next page starts afresh. */
function save(ctx: PluginContext, scorer: Scorer, t: number): void {
  try {
    ctx.storage.set(SAVED_KEY, `${t}\n${scorer.save()}`, 'session');
  } catch (error) {
    ctx.storage.remove(SAVED_KEY, 'session');
    ctx.reportError(error);
  }
}

/** Restores the saved session state; returns its last `t`, or undefined when there is none that fits. */
function restoreSaved(ctx: PluginContext, scorer: Scorer): number | undefined {
  const saved = ctx.storage.get(SAVED_KEY, 'session');
  if (!saved) return undefined;
  const newline = saved.indexOf('\n');
  const t = Number(saved.slice(0, newline));
  if (newline < 0 || !Number.isFinite(t) || !scorer.restore(saved.slice(newline + 1))) {
    ctx.storage.remove(SAVED_KEY, 'session');
    return undefined;
  }
  return t;
}
