import type { EventInput, SightlineEvent } from '../event/types';
import type { Environment } from '../env/environment';
import type { Clock, TimerHandle } from '../env/clock';
import type { ScopedStorage } from '../env/storage';
import type { ResolvedConfig } from '../client/config';
import type { Logger } from '../util/logger';
import type { ConsentMode } from '../consent/consent';

export type Teardown = () => void;
export type Unsubscribe = () => void;

/**
 * A high-rate raw signal (pointer move, scroll position, focus change). Samples feed
 * in-process consumers such as the scoring models; they are never enriched, scrubbed or sent.
 */
export interface Sample {
  kind: string;
  /** Epoch ms. */
  t: number;
  [field: string]: unknown;
}

export type HubTarget = 'document' | 'window';

export interface ListenOptions {
  /** Where the shared listener sits: `document` (default) or `window` (pagehide, popstate, resize...). */
  target?: HubTarget;
}

/** How a URL changed inside the page, as reported by `context.onNavigation`. */
export interface Navigation {
  kind: 'push' | 'replace' | 'pop' | 'hash';
  from: string;
  to: string;
}

/** The stage a plugin's `process` hook runs in, in pipeline order. */
export type PluginStage = 'enrich' | 'scrub';

export interface PluginContext {
  readonly config: ResolvedConfig;
  readonly clock: Clock;
  /** Browser globals, or `undefined` without a DOM: plugins that need one return early. */
  readonly env: Environment | undefined;
  /** Storage scoped to this client; memory-only until consent is granted. */
  readonly storage: ScopedStorage;
  readonly logger: Logger;
  /** Send an event down the pipeline (enrich, scrub, outbox, batcher, transport). */
  emit(input: EventInput): void;
  /** Publish a sample to in-process consumers. Never leaves the page. */
  sample(sample: Sample): void;
  /** The event stream after scrubbing: what will be sent. */
  onEvent(listener: (event: SightlineEvent) => void): Unsubscribe;
  onSample(listener: (sample: Sample) => void): Unsubscribe;
  /**
   * Subscribe to a DOM event through the shared hub: one passive, capture-phase listener per
   * event type and target, fanned out. The subscription also ends when the plugin is torn down.
   */
  listen<E extends Event = Event>(type: string, handler: (event: E) => void, options?: ListenOptions): Unsubscribe;
  /** SPA navigation: History API calls, popstate and hashchange. */
  onNavigation(handler: (navigation: Navigation) => void): Unsubscribe;
  /** Timers that are cleared when the plugin is torn down. */
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** Merge live scores into the client's snapshot (see `client.getSnapshot`). */
  setScores(scores: Readonly<Record<string, number>>): void;
  /** Report an error: it goes to `onError` and the debug logger, never to the page. */
  reportError(error: unknown): void;
  /** The consent mode now. */
  consent(): ConsentMode;
  /** Called after every change of consent mode. */
  onConsent(listener: (mode: ConsentMode) => void): Unsubscribe;
  /** Called after `client.reset()`, with the anonymous id it replaced. */
  onReset(listener: (previousAnonymousId: string) => void): Unsubscribe;
  /** Use this anonymous id from now on (it must be a UUID); stored through the identity provider when allowed. */
  setAnonymousId(id: string): void;
}

export interface Plugin {
  /** A label with a version, for logs: `sightline/click@1`. Core never branches on it. */
  readonly name: string;
  /** Start: add listeners through the context and return the function that removes them. */
  setup?(context: PluginContext): Teardown | void;
  /** Where `process` runs in the pipeline. */
  readonly stage?: PluginStage;
  /** Transform an event in the pipeline; return `null` to drop it (counted as `filtered`). */
  process?(event: SightlineEvent): SightlineEvent | null;
}
