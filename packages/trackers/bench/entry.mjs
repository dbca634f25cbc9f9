// The SDK of the measured page: the built packages, wired as an app would (all 26 models).
import { createClient } from '@sightline/core';
import { autocapture, interactionTrackers } from '@sightline/trackers';
import { allModels, createScoringPlugin } from '@sightline/scoring';
import { createHttpTransport } from '@sightline/transport-http';

window.sightline = createClient({
  ...window.SIGHTLINE_CONFIG,
  transport: createHttpTransport(),
  plugins: [createScoringPlugin(allModels), ...autocapture(), ...interactionTrackers()],
});
