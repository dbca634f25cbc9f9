import type { Plugin } from '@sightline/core';
import { resolveOptions, type ReplayOptions } from './options';
import { startReplay, type RunningReplay } from './replay';
import type { ReplayStats } from './stats';

export interface ReplayPlugin extends Plugin {
  /** The recorder's cost and output so far on this page (a copy). */
  getReplayStats(): ReplayStats;
}

const EMPTY: ReplayStats = {
  mode: 'off', mainThreadMs: 0, longestMs: 0, events: 0, chunks: 0, bytes: 0, dropped: 0, encoding: null, overBudget: false, stormPauses: 0,
};

/**
 * Session replay as a Sightline plugin. rrweb is imported only once a session is chosen for
 * recording, so pages that do not record never download it.
 */
export function createReplayPlugin(options: ReplayOptions = {}): ReplayPlugin {
  const resolved = resolveOptions(options);
  let running: RunningReplay | null = null;
  return {
    name: 'sightline/replay@1',
    setup(context) {
      const replay = startReplay(context, resolved, options);
      running = replay;
      return replay.stop;
    },
    getReplayStats: () => ({ ...(running?.stats ?? EMPTY) }),
  };
}
