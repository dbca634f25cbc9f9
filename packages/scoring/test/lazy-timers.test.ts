import { describe, expect, it } from 'vitest';
import { allModels, createGate, createScorerWith, gateInput, GATE_DROP, GATE_NEW_SESSION, type AnyModel, type ScoringInput } from '../src/index';
import { syntheticStream } from './fixtures/synthetic-stream';

/** Feed every gated input to every model (no kind filtering), composites evaluated in order. */
function feedAll(inputs: readonly ScoringInput[], T: number): Record<string, unknown> {
  const gate = createGate();
  const order: AnyModel[] = createScorerWith(allModels).ids.map((id) => allModels.find((m) => m.id === id)!);
  const states = order.map((m) => m.init());
  for (const input of inputs) {
    const g = gateInput(gate, input);
    if (g === GATE_DROP) continue;
    const seq: ScoringInput[] = g === GATE_NEW_SESSION ? [{ kind: 'session_start', t: input.t }, input] : [input];
    for (const i of seq) order.forEach((m, k) => (states[k] = m.update(states[k], i)));
  }
  const out: Record<string, unknown> = {};
  order.forEach((m, k) => (out[m.id] = m.evaluate(states[k], T, out)));
  return out;
}

describe('kind filtering with lazy timers equals feeding every input (§4.2.2)', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`seed ${seed}`, () => {
      const inputs = syntheticStream(4000, seed);
      const last = inputs[inputs.length - 1]!.t;
      for (const T of [last, last + 99, last + 2500, last + 10_000]) {
        const scorer = createScorerWith(allModels);
        scorer.pushAll(inputs);
        expect(scorer.scores(T)).toEqual(feedAll(inputs, T));
      }
    });
  }
});
