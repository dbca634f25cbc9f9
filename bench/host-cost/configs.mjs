// Configurations. `entry` is an ES module bundled by esbuild (IIFE, minified, es2020). `window.__SINK__` is the
// local sink's base URL (cross-origin); `/sink/...` on the page's origin reaches the same sink same-origin.
// `respond(pathname)` may return a body for remote-config/flags requests; otherwise the sink answers {"status":1}.
const S = 'window.__SINK__';

const sightlineCore = `
import { createClient } from '@sightline/core';
import { createHttpTransport } from '@sightline/transport-http';`;
const sightlineFull = `${sightlineCore}
import { autocapture, interactionTrackers } from '@sightline/trackers';
import { createScoringPlugin, allModels } from '@sightline/scoring';`;

export const CONFIGS = {
  baseline: { desc: 'no SDK' },

  'sightline-core': {
    desc: 'Sightline: createClient + transport-http',
    entry: `${sightlineCore}
window.sightline = createClient({ projectKey: 'sl_w_bench', endpoint: ${S}, transport: createHttpTransport() });`,
  },

  'sightline-full': {
    desc: 'Sightline: core + autocapture() + interactionTrackers() + createScoringPlugin(allModels)',
    entry: `${sightlineFull}
window.sightline = createClient({ projectKey: 'sl_w_bench', endpoint: ${S}, transport: createHttpTransport(),
  plugins: [...autocapture(), ...interactionTrackers(), createScoringPlugin(allModels)] });`,
  },

  'sightline-replay': {
    desc: 'Sightline: full + createReplayPlugin() (defaults: sampleRate 1)',
    entry: `${sightlineFull}
import { createReplayPlugin } from '@sightline/replay';
window.sightline = createClient({ projectKey: 'sl_w_bench', endpoint: ${S}, transport: createHttpTransport(),
  plugins: [...autocapture(), ...interactionTrackers(), createScoringPlugin(allModels), createReplayPlugin()] });`,
  },

  posthog: {
    desc: 'posthog-js, autocapture, no session recording',
    entry: `
import posthog from 'posthog-js';
posthog.init('phc_bench', { api_host: ${S}, autocapture: true, capture_pageview: 'history_change', disable_session_recording: true,
  disable_surveys: true, disable_external_dependency_loading: true, persistence: 'localStorage' });`,
    respond: posthogRespond,
  },

  'posthog-replay': {
    desc: 'posthog-js, autocapture + session recording (recorder bundled)',
    entry: `
import posthog from 'posthog-js';
import 'posthog-js/dist/posthog-recorder';
posthog.init('phc_bench', { api_host: ${S}, autocapture: true, capture_pageview: 'history_change', disable_session_recording: false,
  disable_surveys: true, disable_external_dependency_loading: true, persistence: 'localStorage' });`,
    respond: posthogRespond,
  },

  clarity: {
    // clarity-js forces https:// on an absolute upload URL; a path starting with '/' stays on the page's origin
    desc: 'clarity-js start({ upload: same-origin /sink/clarity, track, content })',
    entry: `
import { clarity } from 'clarity-js';
clarity.start({ projectId: 'bench', upload: '/sink/clarity', track: true, content: true });`,
  },

  rrweb: {
    desc: '@rrweb/record alone, maskAllInputs, JSON POST every 2 s and on hidden',
    entry: `
import { record } from '@rrweb/record';
let queue = [];
const send = () => { if (!queue.length) return; const body = JSON.stringify(queue); queue = [];
  fetch(${S} + '/rrweb', { method: 'POST', body, keepalive: body.length < 60000, headers: { 'content-type': 'text/plain' } }).catch(() => {}); };
record({ emit: (e) => { queue.push(e); }, maskAllInputs: true });
setInterval(send, 2000);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') send(); });`,
  },

  snowplow: {
    desc: '@snowplow/browser-tracker + link-click + form tracking plugins, activity tracking, page view',
    entry: `
import { newTracker, trackPageView, enableActivityTracking } from '@snowplow/browser-tracker';
import { LinkClickTrackingPlugin, enableLinkClickTracking } from '@snowplow/browser-plugin-link-click-tracking';
import { FormTrackingPlugin, enableFormTracking } from '@snowplow/browser-plugin-form-tracking';
newTracker('sp', ${S}, { appId: 'bench', plugins: [LinkClickTrackingPlugin(), FormTrackingPlugin()] });
enableActivityTracking({ minimumVisitLength: 5, heartbeatDelay: 5 });
enableLinkClickTracking(); enableFormTracking(); trackPageView();`,
  },

  amplitude: {
    desc: '@amplitude/analytics-browser, autocapture: true, remote config off',
    entry: `
import * as amplitude from '@amplitude/analytics-browser';
amplitude.init('bench', { serverUrl: ${S} + '/2/httpapi', autocapture: true, remoteConfig: { fetchRemoteConfig: false } });`,
  },
};

function posthogRespond(p) {
  if (/\/(flags|decide|config)/.test(p) || p.startsWith('/array/')) return JSON.stringify({
    sessionRecording: { endpoint: '/s/' }, featureFlags: {}, featureFlagPayloads: {}, flags: {}, errorsWhileComputingFlags: false,
    autocapture_opt_out: false, capturePerformance: false, heatmaps: false, surveys: false, siteApps: [], supportedCompression: ['gzip-js'],
  });
}
