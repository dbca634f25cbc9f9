import type { Plugin } from '@sightline/core';
import { createReplayPlugin } from '@sightline/replay';
import { allModels, createScoringPlugin } from '@sightline/scoring';
import { autocapture, createJsErrorsPlugin, createWebVitalsPlugin, interactionTrackers } from '@sightline/trackers';
import { loadRecorderBeside } from './load-recorder';
import { startFromScript } from './start-from-script';

/**
 * The full `<script>` tag entry (`sightline.full.min.js`): autocapture, the 8 interaction
 * trackers, web vitals, JS errors and the 26 scoring models; session replay when the tag has
 * `data-replay` (the share of sessions recorded, `1` for all). The recorder itself is a separate
 * file, fetched only when a session records, so pages that never record never load rrweb.
 */
startFromScript((config, script) => {
  const plugins: Plugin[] = [
    ...autocapture(config.autocapture),
    ...interactionTrackers(),
    createWebVitalsPlugin(),
    createJsErrorsPlugin(),
    createScoringPlugin(allModels),
  ];
  if (config.replay) plugins.push(createReplayPlugin({ ...config.replay, loadRecorder: loadRecorderBeside(script) }));
  return plugins;
});
