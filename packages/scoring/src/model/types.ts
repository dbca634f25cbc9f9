import type { InputKind, ScoringInput } from '../input/index';

/**
 * A model is a pure incremental pair plus its defaults. `update` takes ownership of the state
 * and mutates it in place (so the hot path allocates nothing); it returns the same object.
 * `evaluate` never mutates: pending decisions due by `T` are finalized in the result only.
 * Composites read the integer outputs of the models they `require`, evaluated at the same T.
 */
export interface ModelDescriptor<
  Id extends string = string,
  Config extends object = object,
  State = unknown,
  Output = unknown,
  Deps = unknown,
> {
  readonly id: Id;
  readonly defaults: Readonly<Config>;
  /** Models whose outputs `evaluate` reads (composites only). */
  readonly requires?: readonly AnyModel[];
  /**
   * Input kinds `update` reads. A runner may skip the other kinds (timers are settled lazily,
   * at the next input of a listed kind or at `evaluate`); feeding every input is also correct.
   */
  readonly kinds: readonly InputKind[];
  init(config?: Partial<Config>): State;
  update(state: State, input: ScoringInput): State;
  evaluate(state: State, T: number, deps: Deps): Output;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModel = ModelDescriptor<string, any, any, any, any>;

export type OutputOf<M> = M extends ModelDescriptor<string, object, unknown, infer O, unknown> ? O : never;

/** Merge user overrides over frozen defaults. */
export function withDefaults<C extends object>(defaults: C, config?: Partial<C>): C {
  return config ? { ...defaults, ...config } : { ...defaults };
}

/** Kinds every form-tracking model reads (§1.2 form_field). */
export const FORM_KINDS = ['focus', 'blur', 'input', 'invalid', 'submit', 'form_register', 'pagehide', 'session_start'] as const;
