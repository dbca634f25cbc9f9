import type { Target } from './target';

/** Normalized tracker samples (§1.1). */
export interface HoverEnterInput {
  kind: 'hover_enter';
  t: number;
  target: Target;
  x: number;
  y: number;
}

export interface HoverLeaveInput {
  kind: 'hover_leave';
  t: number;
  target: Target;
}

export interface ClipInput {
  kind: 'clip';
  t: number;
  clip: 'copy' | 'cut' | 'paste';
  target: Target;
  /** null for private targets. */
  length: number | null;
  targetEditable: boolean;
}

export interface SelChangeInput {
  kind: 'sel_change';
  t: number;
  length: number;
  target: Target;
}

export interface ScrollInput {
  kind: 'scroll';
  t: number;
  y: number;
  /** Viewport height. */
  H: number;
  /** Document height. */
  D: number;
}

export interface MoveInput {
  kind: 'move';
  t: number;
  x: number;
  y: number;
  isTrusted?: boolean;
}

export interface FocusInput {
  kind: 'focus';
  t: number;
  target: Target;
}

export interface BlurInput {
  kind: 'blur';
  t: number;
  target: Target;
}

export interface FieldInput {
  kind: 'input';
  t: number;
  target: Target;
  inputType: string;
  /** `.value.length`, or 0/1 emptiness for private fields. */
  valueLength: number;
  isTrusted?: boolean;
}

export interface InvalidInput {
  kind: 'invalid';
  t: number;
  target: Target;
}

export interface SubmitInput {
  kind: 'submit';
  t: number;
  form: string;
}

export interface VisInput {
  kind: 'vis';
  t: number;
  state: 'visible' | 'hidden';
}
