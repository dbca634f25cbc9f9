import type { Plugin } from '@sightline/core';
import { createCollector, type CollectorOptions } from '../collector/index';
import { createClipboardTracker } from './clipboard';
import { createCtaProximityTracker, type CtaProximityOptions } from './cta-proximity';
import { createFormFieldTracker, type FormFieldOptions } from './form-field';
import { createHoverIntentTracker, type HoverIntentOptions } from './hover-intent';
import { createMouseDynamicsTracker, type MouseDynamicsOptions } from './mouse-dynamics';
import { createScrollRegressionTracker, type ScrollRegressionOptions } from './scroll-regression';
import { createTabVisibilityTracker, type TabVisibilityOptions } from './tab-visibility';
import { createTextSelectionTracker, type TextSelectionOptions } from './text-selection';

/**
 * Options of `interactionTrackers`: the shared target rules, and per tracker either `false`
 * (off) or its thresholds.
 */
export interface InteractionOptions extends CollectorOptions {
  collector?: boolean;
  hoverIntent?: false | HoverIntentOptions;
  clipboard?: boolean;
  textSelection?: false | TextSelectionOptions;
  scrollRegression?: false | ScrollRegressionOptions;
  mouseDynamics?: false | MouseDynamicsOptions;
  ctaProximity?: false | CtaProximityOptions;
  formField?: false | FormFieldOptions;
  tabVisibility?: false | TabVisibilityOptions;
}

/** The core collector and the 8 interaction trackers of the scoring spec, each on unless turned off. */
export function interactionTrackers(options: InteractionOptions = {}): Plugin[] {
  const shared = { ctaSelector: options.ctaSelector, topicAttribute: options.topicAttribute };
  const plugins: Plugin[] = [];
  const add = <O>(value: false | O | undefined, create: (o: O) => Plugin) => {
    if (value !== false) plugins.push(create({ ...shared, ...(value ?? {}) } as O));
  };
  if (options.collector !== false) plugins.push(createCollector(options));
  add(options.hoverIntent, createHoverIntentTracker);
  if (options.clipboard !== false) plugins.push(createClipboardTracker(shared));
  add(options.textSelection, createTextSelectionTracker);
  add(options.scrollRegression, createScrollRegressionTracker);
  add(options.mouseDynamics, createMouseDynamicsTracker);
  add(options.ctaProximity, createCtaProximityTracker);
  add(options.formField, createFormFieldTracker);
  add(options.tabVisibility, createTabVisibilityTracker);
  return plugins;
}
