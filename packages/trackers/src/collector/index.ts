import type { Plugin } from '@sightline/core';
import { startInputSamples } from './input-samples';
import { startConversionSamples, startPageSamples } from './page-samples';
import { startEnvSample, startErrorSamples, startMutationSamples } from './page-signals';
import { createSessionTime } from './session-time';
import { rulesOf } from '../interaction/rules';

export interface CollectorOptions {
  /** CTA selector list (§0.1). Default `[data-cta],button[type=submit],input[type=submit]`. */
  ctaSelector?: string;
  /** Topic attribute (§0.1). Default `data-topic`. */
  topicAttribute?: string;
  /** Custom event names that count as a `conversion` (§0.1). Default `['conversion']`. */
  conversionEvents?: readonly string[];
}

/**
 * The core collector of spec §0.1: the shared samples every model reads (pageview, pagehide,
 * click, keydown, error, mutation, conversion, env, doc_leave, activity). Samples only: it sends
 * nothing. Put it first among the trackers so its pageview precedes their initial samples.
 */
export function createCollector(options: CollectorOptions = {}): Plugin {
  const rules = rulesOf(options);
  return {
    name: 'sightline/collector@1',
    setup(ctx) {
      if (!ctx.env) return;
      const time = createSessionTime(ctx);
      const stops = [startPageSamples(ctx, time), startEnvSample(ctx, time), startMutationSamples(ctx, time)];
      startInputSamples(ctx, time, rules);
      startErrorSamples(ctx, time);
      startConversionSamples(ctx, time, options.conversionEvents ?? ['conversion']);
      return () => stops.forEach((stop) => stop());
    },
  };
}
