import type * as E from './events';
import type * as S from './samples';

export type * from './events';
export type * from './samples';
export type * from './target';

/**
 * Injected by the stream gate before the activity event that detected a session expiry
 * (§0 Session, §4.2.4). Models reset their session-scoped state on it.
 */
export interface SessionStartInput {
  kind: 'session_start';
  t: number;
}

/** Everything a model can consume, discriminated on `kind`. */
export type ScoringInput =
  | E.PageviewInput
  | E.PagehideInput
  | E.ClickInput
  | E.KeydownInput
  | E.ErrorInput
  | E.MutationInput
  | E.ConversionInput
  | E.EnvInput
  | E.DocLeaveInput
  | E.FormRegisterInput
  | E.CtaRegisterInput
  | E.ActivityInput
  | S.HoverEnterInput
  | S.HoverLeaveInput
  | S.ClipInput
  | S.SelChangeInput
  | S.ScrollInput
  | S.MoveInput
  | S.FocusInput
  | S.BlurInput
  | S.FieldInput
  | S.InvalidInput
  | S.SubmitInput
  | S.VisInput
  | SessionStartInput;

export type InputKind = ScoringInput['kind'];
