export {
  autocapture,
  createClickPlugin,
  createFieldChangePlugin,
  createPageviewPlugin,
  createSpaNavigationPlugin,
  createSubmitPlugin,
  type AutocaptureOptions,
  type SpaNavigationOptions,
} from './autocapture/index';
export { INTERACTIVE_SELECTOR } from './dom/element-rules';
export { createCollector, type CollectorOptions } from './collector/index';
export { DEFAULT_CTA_SELECTOR, DEFAULT_TOPIC_ATTRIBUTE, type Target } from './collector/target';
export { keyCategory } from './collector/input-samples';
export { interactionTrackers, type InteractionOptions } from './interaction/index';
export { createHoverIntentTracker, type HoverIntentOptions } from './interaction/hover-intent';
export { createClipboardTracker } from './interaction/clipboard';
export { createTextSelectionTracker, type TextSelectionOptions } from './interaction/text-selection';
export { createScrollRegressionTracker, type ScrollRegressionOptions } from './interaction/scroll-regression';
export { createMouseDynamicsTracker, type MouseDynamicsOptions } from './interaction/mouse-dynamics';
export { createCtaProximityTracker, type CtaProximityOptions } from './interaction/cta-proximity';
export { createFormFieldTracker, type FormFieldOptions } from './interaction/form-field';
export { createTabVisibilityTracker, type TabVisibilityOptions } from './interaction/tab-visibility';
export type { TargetOptions } from './interaction/rules';
export { createWebVitalsPlugin, type WebVitalsOptions } from './vitals/web-vitals';
export { createJsErrorsPlugin, hashMessage, type JsErrorsOptions } from './errors/js-errors';
