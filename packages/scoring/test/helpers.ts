import type { Plugin, PluginContext, Sample, SightlineEvent } from '@sightline/core';
import { createTestClient } from '@sightline/core/testing';
import { allModels, createScorerWith, type AnyModel, type ScoringInput, type Target } from '../src/index';

/** Input builders for hand-written streams; every field the spec names is explicit here. */
export const tgt = (selector: string, extra: Partial<Target> = {}): Target => ({ selector, tag: 'button', ...extra });

export const pv = (t: number, url = '/a', navType: 'navigate' | 'reload' | 'back_forward' = 'navigate'): ScoringInput => ({
  kind: 'pageview', t, url, navType,
});
export const hide = (t: number): ScoringInput => ({ kind: 'pagehide', t });
export const click = (t: number, x: number, y: number, sel = '#b', extra: Record<string, unknown> = {}): ScoringInput =>
  ({ kind: 'click', t, x, y, target: tgt(sel), detail: 1, ...extra }) as ScoringInput;
export const move = (t: number, x: number, y: number, isTrusted = true): ScoringInput => ({ kind: 'move', t, x, y, isTrusted });
export const scroll = (t: number, y: number, H = 1000, D = 5000): ScoringInput => ({ kind: 'scroll', t, y, H, D });
export const mutation = (t: number): ScoringInput => ({ kind: 'mutation', t });
export const error = (t: number): ScoringInput => ({ kind: 'error', t });
export const vis = (t: number, state: 'visible' | 'hidden'): ScoringInput => ({ kind: 'vis', t, state });
export const selChange = (t: number, length: number, target = tgt('#p', { tag: 'p' })): ScoringInput => ({ kind: 'sel_change', t, length, target });
export const hoverEnter = (t: number, target: Target, x: number, y: number): ScoringInput => ({ kind: 'hover_enter', t, target, x, y });
export const hoverLeave = (t: number, target: Target): ScoringInput => ({ kind: 'hover_leave', t, target });
export const field = (selector: string, form: string | null = 'form#f', extra: Partial<Target> = {}): Target =>
  ({ selector, tag: 'input', editable: true, form, ...extra });
export const focus = (t: number, target: Target): ScoringInput => ({ kind: 'focus', t, target });
export const blur = (t: number, target: Target): ScoringInput => ({ kind: 'blur', t, target });
export const input = (t: number, target: Target, valueLength: number, inputType = 'insertText'): ScoringInput => ({
  kind: 'input', t, target, inputType, valueLength,
});

/** Run the given models (default all 26) through the real scorer and read them at T. */
export function run(inputs: readonly ScoringInput[], T: number, models: readonly AnyModel[] = allModels, config = {}): Record<string, any> {
  const s = createScorerWith(models, config);
  s.pushAll(inputs);
  return s.scores(T) as Record<string, any>;
}

/**
 * A test client running `plugins` with a handle to publish samples, and every event the pipeline
 * hands to the outbox (exactly what would be sent). `env: null` runs it without a DOM.
 */
export function feedableClient(plugins: Plugin[], options: { env?: null } = {}) {
  let feed: PluginContext | undefined;
  const events: SightlineEvent[] = [];
  const feeder: Plugin = {
    name: 'test/feeder',
    setup(ctx) {
      feed = ctx;
      ctx.onEvent((event) => events.push(event));
    },
  };
  const test = createTestClient({ ...options, outbox: { persist: false }, plugins: [...plugins, feeder] });
  const push = (...samples: unknown[]) => samples.forEach((sample) => feed!.sample(sample as Sample));
  return { ...test, push, events };
}
