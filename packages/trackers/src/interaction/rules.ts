import { DEFAULT_CTA_SELECTOR, DEFAULT_TOPIC_ATTRIBUTE, type TargetRules } from '../collector/target';

/** Options every interaction tracker accepts: how targets are described (§0.1). */
export interface TargetOptions {
  ctaSelector?: string;
  topicAttribute?: string;
}

export const rulesOf = (options: TargetOptions): TargetRules => ({
  ctaSelector: options.ctaSelector ?? DEFAULT_CTA_SELECTOR,
  topicAttribute: options.topicAttribute ?? DEFAULT_TOPIC_ATTRIBUTE,
});

/** A number for a signal's props: rounded to 3 decimals, null when not finite. */
export const round3 = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000);
