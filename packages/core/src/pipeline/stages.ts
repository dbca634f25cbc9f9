import type { SightlineEvent } from '../event/types';
import type { Plugin, PluginStage } from '../plugin/types';

export type StageOutcome = { event: SightlineEvent } | { dropped: 'filtered' | 'plugin_error' };

/**
 * Runs the `process` hooks of one stage in plugin order. A failing hook in the `scrub` stage
 * drops the event: sending it unscrubbed could leak what the hook was there to remove.
 */
export function runStage(
  stage: PluginStage,
  plugins: readonly Plugin[],
  event: SightlineEvent,
  reportError: (error: unknown, plugin: Plugin) => void,
): StageOutcome {
  let current = event;
  for (const plugin of plugins) {
    if ((plugin.stage ?? 'enrich') !== stage || !plugin.process) continue;
    try {
      const next = plugin.process(current);
      if (next === null) return { dropped: 'filtered' };
      current = next;
    } catch (error) {
      reportError(error, plugin);
      if (stage === 'scrub') return { dropped: 'plugin_error' };
    }
  }
  return { event: current };
}
