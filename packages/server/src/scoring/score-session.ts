import type { SightlineEvent } from '@sightline/core';
import { allModels, createInputOrder, createScorerWith, flattenScores, type AnyModel, type FlatScores, type ScorerConfig, type ScoringInput } from '@sightline/scoring';

export interface ScoreSessionOptions {
  /** The session's sample stream, when a recording carries it (in the order it was captured). */
  samples?: readonly unknown[];
  /** Models to run; default all 26. Use the client's list to compare like with like. */
  models?: readonly AnyModel[];
  /** Thresholds, as configured on the client. */
  config?: ScorerConfig;
}

export interface SessionScore {
  /** `samples`: scored here from the sample stream; `client`: the client's last score event as sent; `events`: scored here from stored events only (partial). */
  source: 'samples' | 'client' | 'events';
  /** Query time, in the client's `t` (ms since the session's first page load). */
  T: number;
  scores: FlatScores;
  /** With `samples` and a client score: the fields where the client's last score differs from ours. */
  mismatches?: string[];
}

const clientScores = (events: readonly SightlineEvent[]) => {
  const scores = events.filter((e) => e.type === 'score' && e.props && typeof e.props.T === 'number');
  const last = scores.find((e) => e.props!.final === true) ?? scores[scores.length - 1];
  if (!last) return undefined;
  const { T, final: _final, ...rest } = last.props as Record<string, unknown>;
  return { T: T as number, scores: rest as FlatScores };
};

const NAV: Record<string, 'reload' | 'back_forward'> = { reload: 'reload', back_forward: 'back_forward', back_forward_cache: 'back_forward', pop: 'back_forward' };

/** The inputs stored events still tell (no samples travel): pageviews, clicks, submits, errors, conversions. */
export function inputsFromEvents(events: readonly SightlineEvent[]): ScoringInput[] {
  const ordered = [...events].sort((a, b) => a.ts - b.ts);
  const t0 = ordered[0]?.ts ?? 0;
  const inputs: ScoringInput[] = [];
  for (const e of ordered) {
    const t = e.ts - t0;
    if (e.type === 'pageview') {
      inputs.push({ kind: 'pageview', t, url: e.page.url.replace(/\?[^#]*/, ''), navType: NAV[String(e.props?.navigation)] ?? 'navigate' });
    } else if (e.type === 'click' && e.target) {
      const detail = typeof e.props?.clickCount === 'number' ? e.props.clickCount : 1;
      inputs.push({ kind: 'click', t, x: e.pos?.pageX ?? 0, y: e.pos?.pageY ?? 0, target: { selector: e.target.selector, tag: e.target.tag }, detail });
    } else if (e.type === 'submit' && e.target) {
      inputs.push({ kind: 'submit', t, form: e.target.selector });
    } else if (e.type === 'js_error') {
      inputs.push({ kind: 'error', t });
    } else if (e.type === 'custom' && e.name === 'conversion') {
      inputs.push({ kind: 'conversion', t, name: e.name });
    }
  }
  return inputs;
}

function score(inputs: Iterable<unknown>, T: number | undefined, options: ScoreSessionOptions): { T: number; scores: FlatScores } {
  const scorer = createScorerWith(options.models ?? allModels, options.config);
  const order = createInputOrder();
  let last = 0;
  for (const sample of inputs) {
    const input = order(sample);
    if (!input) continue;
    scorer.push(input);
    last = input.t;
  }
  const at = Math.max(T ?? last, last);
  return { T: at, scores: flattenScores(scorer.scores(at) as Record<string, unknown>) };
}

/**
 * Scores one session on the server. With a sample stream it scores it again (the same models,
 * the same input order rule as the browser) and lists where the client's score differs; without
 * one it keeps the client's last score event as sent; and for a client that did not score, it
 * scores what the stored events tell (clicks, pageviews, errors...: a partial picture).
 */
export function scoreSession(events: readonly SightlineEvent[], options: ScoreSessionOptions = {}): SessionScore {
  const client = clientScores(events);
  if (options.samples && options.samples.length > 0) {
    const ours = score(options.samples, client?.T, options);
    if (!client) return { source: 'samples', ...ours };
    const mismatches = Object.keys(client.scores).filter((key) => key in ours.scores && ours.scores[key] !== client.scores[key]);
    return { source: 'samples', ...ours, mismatches };
  }
  if (client) return { source: 'client', T: client.T, scores: client.scores };
  return { source: 'events', ...score(inputsFromEvents(events), undefined, options) };
}
