import type { ScoringInput } from '../input/index';

/**
 * Turns samples into scorer inputs: drops anything without a string `kind` and a finite `t`,
 * rounds `t`, and clamps it so `t` never goes backwards (an observer callback may run after an
 * event stamped earlier; §0 Event order wants ascending `t`). The server applies the same rule,
 * so both ends score the same stream.
 */
export function createInputOrder(): (sample: unknown) => ScoringInput | undefined {
  let last = Number.NEGATIVE_INFINITY;
  return (sample) => {
    const s = sample as { kind?: unknown; t?: unknown } | null;
    if (!s || typeof s !== 'object' || typeof s.kind !== 'string' || typeof s.t !== 'number' || !Number.isFinite(s.t)) return undefined;
    const t = Math.max(Math.round(s.t), last);
    last = t;
    return (t === s.t ? s : { ...s, t }) as ScoringInput;
  };
}
