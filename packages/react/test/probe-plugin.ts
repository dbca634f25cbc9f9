import type { Plugin, PluginContext, SightlineEvent } from '@sightline/core';

export interface Probe {
  plugin: Plugin;
  /** Every event after scrubbing, in order. */
  events: SightlineEvent[];
  /** Publish live scores as the scoring plugin would. */
  setScores(scores: Record<string, number>): void;
}

/** A plugin that records the event stream and stands in for the scoring plugin. */
export function createProbe(): Probe {
  const events: SightlineEvent[] = [];
  let context: PluginContext | undefined;
  return {
    events,
    plugin: {
      name: 'test/probe@1',
      setup(ctx) {
        context = ctx;
        const stop = ctx.onEvent((event) => events.push(event));
        return () => {
          stop();
          context = undefined;
        };
      },
    },
    setScores(scores) {
      if (!context) throw new Error('the probe plugin is not running');
      context.setScores(scores);
    },
  };
}

let counter = 0;
/** A project key per test, so storage never leaks between tests. */
export const uniqueKey = () => `react-${Date.now()}-${++counter}`;
