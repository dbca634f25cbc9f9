import type { SightlineEvent } from '../event/types';
import type { Plugin, PluginContext } from '../plugin/types';

export interface ProbePlugin {
  plugin: Plugin;
  /** Every event after scrubbing, in order. */
  events: SightlineEvent[];
  /** Publish live scores as the scoring plugin would (`client.getSnapshot().scores`). */
  setScores(scores: Record<string, number>): void;
}

/** A plugin that records the event stream and stands in for the scoring plugin: for adapter and plugin tests. */
export function createProbePlugin(): ProbePlugin {
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
