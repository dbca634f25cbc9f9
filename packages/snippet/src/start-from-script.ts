import { createClient, type Plugin, type SightlineClient } from '@sightline/core';
import { createHttpTransport } from '@sightline/transport-http';
import { readConfig, type SnippetConfig } from './read-config';

type QueuedCall = [keyof SightlineClient, ...unknown[]];

/**
 * Builds a client from the script tag's data- attributes and exposes it as `window.sightline`.
 * Calls a page made before the script loaded (`window.sightline = [['track', 'x']]` style queue)
 * are replayed in order. Never throws into the page.
 */
export function startFromScript(pluginsFor: (config: SnippetConfig, script: HTMLScriptElement) => Plugin[]): void {
  try {
    const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[data-project-key]');
    if (!script) return;
    const config = readConfig(script);
    const client = createClient({ ...config.options, transport: createHttpTransport(), plugins: pluginsFor(config, script) });
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
