/** Frustration signals the trackers send as events of these types. */
export const FRUSTRATION_SIGNALS = ['rage_click', 'dead_click', 'error_click', 'quick_back', 'form_abandon'] as const;
export type FrustrationSignal = (typeof FRUSTRATION_SIGNALS)[number];

/** The click-like signals that have a target element worth ranking. */
export const ELEMENT_SIGNALS = ['rage_click', 'dead_click', 'error_click'] as const;
