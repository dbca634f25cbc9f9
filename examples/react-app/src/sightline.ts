import { createClient } from '@sightline/core';
import { allModels, createScoringPlugin } from '@sightline/scoring';
import { autocapture, interactionTrackers } from '@sightline/trackers';
import { createHttpTransport } from '@sightline/transport-http';

/** `npm run example:react` fills these in with the server it starts. */
const endpoint = import.meta.env.VITE_SIGHTLINE_ENDPOINT ?? 'http://127.0.0.1:8787';
const projectKey = import.meta.env.VITE_SIGHTLINE_KEY ?? '';

/**
 * One client for the app, created once when the module loads (never in a component, where
 * React may run it twice). The interaction trackers feed in-page samples to the 26 scoring models; the
 * scoring plugin publishes their scores to the client's snapshot, which the live scores panel
 * renders. The app's router reports its own pageviews, so autocapture's SPA navigation is off.
 */
export const sightline = createClient({
  projectKey,
  endpoint,
  transport: createHttpTransport(),
  plugins: [createScoringPlugin(allModels), ...interactionTrackers(), ...autocapture({ spaNavigation: false })],
  batch: { intervalMs: 1000 },
  debug: import.meta.env.DEV,
});
