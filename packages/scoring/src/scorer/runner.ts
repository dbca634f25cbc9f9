import type { ScoringInput } from '../input/index';
import type { AnyModel, OutputOf } from '../model/types';
import { createGate, DEFAULT_SESSION_TIMEOUT_MS, type Gate, gateInput, GATE_DROP, GATE_NEW_SESSION } from './gate';
import { resolveModels } from './resolve';
import { decodeState, encodeState } from './saved-state';

export interface ScorerConfig {
  /** §0 Session inactivity timeout. */
  sessionTimeoutMs?: number;
  /** Per-model overrides, keyed by model id. */
  [modelId: string]: object | number | undefined;
}

/** Outputs keyed by model id. */
export type ScoresOf<M extends readonly AnyModel[]> = { [K in M[number] as K['id']]: OutputOf<K> };

export interface Scorer<S = Record<string, unknown>> {
  /** Ids of the models that run, required inputs first. */
  readonly ids: readonly string[];
  /** Feed one input; inputs must come in ascending `t` (§0 Event order). */
  push(input: ScoringInput): void;
  pushAll(inputs: Iterable<ScoringInput>): void;
  /** Every model evaluated at T (>= the last pushed t). Does not change the state. */
  scores(T: number): S;
  /** The whole state as text: what `restore` takes, on the next page load of the session. */
  save(): string;
  /**
   * Takes over a state from `save` of a scorer running the same models; the stream goes on from
   * there. Returns false, and changes nothing, for anything else.
   */
  restore(saved: string): boolean;
}

interface SavedScorer {
  v: 1;
  ids: string[];
  gate: Gate;
  states: unknown[];
}

/**
 * Runs exactly the given models over one stream (tree-shakeable: nothing else is imported).
 * The gate applies the shared stream rules and injects `session_start` on expiry.
 */
export function createScorerWith<const M extends readonly AnyModel[]>(models: M, config: ScorerConfig = {}): Scorer<ScoresOf<M>> {
  const list = resolveModels(models);
  const n = list.length;
  const updates = list.map((m) => m.update);
  const states: unknown[] = list.map((m) => m.init(config[m.id] as object | undefined));
  let gate = createGate(config.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS);
  // Per input kind, the models that read it: a move reaches 8 models, not 26.
  const byKind = new Map<string, number[]>();
  list.forEach((m, i) => {
    for (const k of m.kinds) {
      let slot = byKind.get(k);
      if (!slot) byKind.set(k, (slot = []));
      if (slot[slot.length - 1] !== i) slot.push(i);
    }
  });
  const none: number[] = [];
  // Runs of one kind (moves, scrolls) skip the map lookup.
  let lastKind = '';
  let lastSlot = none;

  const dispatch = (input: ScoringInput): void => {
    if (input.kind !== lastKind) {
      lastKind = input.kind;
      lastSlot = byKind.get(lastKind) ?? none;
    }
    const slot = lastSlot;
    for (let j = 0; j < slot.length; j++) {
      const i = slot[j]!;
      states[i] = updates[i]!(states[i], input);
    }
  };
  const push = (input: ScoringInput): void => {
    const r = gateInput(gate, input);
    if (r === GATE_DROP) return;
    if (r === GATE_NEW_SESSION) dispatch({ kind: 'session_start', t: input.t });
    dispatch(input);
  };

  return {
    ids: list.map((m) => m.id),
    push,
    pushAll(inputs) {
      for (const input of inputs) push(input);
    },
    scores(T) {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) out[list[i]!.id] = list[i]!.evaluate(states[i], T, out);
      return out as ScoresOf<M>;
    },
    save() {
      const saved: SavedScorer = { v: 1, ids: list.map((m) => m.id), gate, states };
      return encodeState(saved);
    },
    restore(text) {
      const ids = list.map((m) => m.id);
      const fresh: SavedScorer = {
        v: 1,
        ids,
        gate: createGate(gate.timeoutMs),
        states: list.map((m) => m.init(config[m.id] as object | undefined)),
      };
      let saved: SavedScorer;
      try {
        saved = decodeState(text, fresh) as SavedScorer;
      } catch {
        return false;
      }
      const fits =
        saved?.v === 1 &&
        Array.isArray(saved.ids) &&
        saved.ids.join() === ids.join() &&
        Array.isArray(saved.states) &&
        saved.states.length === n &&
        typeof saved.gate === 'object' &&
        saved.gate !== null;
      if (!fits) return false;
      // A config change between pages (a new timeout) wins over the saved one.
      gate = { ...saved.gate, timeoutMs: gate.timeoutMs };
      for (let i = 0; i < n; i++) states[i] = saved.states[i];
      lastKind = '';
      return true;
    },
  };
}
