import type { Modifiers, Rect, Target } from './target';

/** Core collector events (§0.1, §4.1). `t` is integer ms, 0 = load of the session's first page. */
export type NavType = 'navigate' | 'reload' | 'back_forward';

export interface PageviewInput {
  kind: 'pageview';
  t: number;
  url: string;
  navType: NavType;
}

export interface PagehideInput {
  kind: 'pagehide';
  t: number;
}

export interface ClickInput {
  kind: 'click';
  t: number;
  x: number;
  y: number;
  target: Target;
  /** `UIEvent.detail`; 0 for keyboard activation. */
  detail: number;
  button?: number;
  modifiers?: Modifiers;
  /** Absent reads as true. */
  isTrusted?: boolean;
  /** Absent reads as `mouse` (§4.1). */
  pointerType?: 'mouse' | 'pen' | 'touch';
}

export type KeyCategory = 'char' | 'delete' | 'nav' | 'modifier' | 'other';

export interface KeydownInput {
  kind: 'keydown';
  t: number;
  category: KeyCategory;
  isTrusted?: boolean;
  modifiers?: Modifiers;
  /** The key is l/L/w/W (§4.1); the key value itself is never kept. */
  exitKey?: boolean;
}

export interface ErrorInput {
  kind: 'error';
  t: number;
}

export interface MutationInput {
  kind: 'mutation';
  t: number;
}

export interface ConversionInput {
  kind: 'conversion';
  t: number;
  name?: string;
}

/** One-shot environment probe at init (§0.1). */
export interface EnvInput {
  kind: 'env';
  t: number;
  webdriver: boolean;
  userAgent: string;
  languagesLength: number;
  pluginsLength: number;
  isChromeDesktop: boolean;
  outerWidth: number;
  outerHeight: number;
  hasFocus: boolean;
  /** `document.visibilityState` at init (§1.2 tab_visibility); absent reads as visible. */
  visibilityState?: 'visible' | 'hidden';
}

/** The pointer left the document (`mouseout` with `relatedTarget == null`), §4.1. */
export interface DocLeaveInput {
  kind: 'doc_leave';
  t: number;
  x: number;
  y: number;
}

export interface FieldSnapshot {
  selector: string;
  required: boolean;
  private: boolean;
  length: number;
}

export interface FormRegisterInput {
  kind: 'form_register';
  t: number;
  form: string;
  fields: FieldSnapshot[];
}

export interface CtaRegisterInput {
  kind: 'cta_register';
  t: number;
  ctas: { selector: string; rect: Rect }[];
}

/** Activity events no model reads beyond activity itself (§0.1 list). */
export interface ActivityInput {
  kind: 'activity';
  t: number;
  source: 'mousedown' | 'touchstart' | 'wheel';
}
