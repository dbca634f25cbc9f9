import { createClient, type SightlineClient } from '@sightline/core';
import { autocapture } from '@sightline/trackers';
import { createHttpTransport } from '@sightline/transport-http';
import { readConfig } from './read-config';

type QueuedCall = [keyof SightlineClient, ...unknown[]];

/**
 * The `<script>` tag entry: builds a client from the tag's data- attributes and exposes it as
 * `window.sightline`. Calls a page made before the script loaded (`window.sightline = [['track', 'x']]`
 * style queue) are replayed in order.
 */
function start() {
  try {
    const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-project-key]');
    if (!script) return;
    const { options, autocapture: capture } = readConfig(script);
    const client = createClient({ ...options, transport: createHttpTransport(), plugins: autocapture(capture) });
    const win = window as unknown as { sightline?: unknown };
    const queued = Array.isArray(win.sightline) ? (win.sightline as QueuedCall[]) : [];
    win.sightline = client;
    for (const [method, ...args] of queued) {
      const fn = client[method] as ((...a: unknown[]) => unknown) | undefined;
      if (typeof fn === 'function') fn(...args);
    }
  } catch (error) {
    if (typeof console !== 'undefined') console.error('[sightline] could not start', error);
  }
}

start();
