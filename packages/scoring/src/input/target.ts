/** Viewport rect in CSS px (§0.1: CTAs only). */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Target descriptor (§0.1 plus §4.1). Only `selector` is required; a missing flag reads as
 * false / null. A descendant of a tracked element is resolved to it by the tracker, not here.
 */
export interface Target {
  /** Stable CSS path; the identity of the element for every model. */
  selector: string;
  /** Lower-case tag name; `html` is never a dead-click candidate. */
  tag?: string;
  interactive?: boolean;
  /** Matches the CTA selector list. */
  cta?: boolean;
  /** Nearest ancestor-or-self `data-topic`. */
  topic?: string | null;
  editable?: boolean;
  /** The element or an ancestor matches the dead-click exclusion list (§2.2 #2). */
  excluded?: boolean;
  private?: boolean;
  /** Selector of the owning form. */
  form?: string | null;
  required?: boolean;
  rect?: Rect;
}

export interface Modifiers {
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}
