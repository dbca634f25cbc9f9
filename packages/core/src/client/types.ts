import type { Properties } from '../event/types';
import type { ConsentMode } from '../consent/consent';
import type { Diagnostics } from '../outbox/diagnostics';
import type { Unsubscribe } from '../plugin/types';

/** What adapters render from: a new object whenever one of its fields changes. */
export interface ClientSnapshot {
  readonly consent: ConsentMode;
  readonly sessionId: string;
  readonly anonymousId: string;
  readonly userId: string | undefined;
  /** Live scores published by the scoring plugin, by model id. */
  readonly scores: Readonly<Record<string, number>>;
}

/** The public API. No method throws: problems go to `onError` and the debug log. */
export interface SightlineClient {
  /** A custom event. */
  track(name: string, props?: Properties): void;
  /** A pageview of the current page (autocapture sends them by itself). */
  page(props?: Properties): void;
  /** Attach a user id to this visitor from now on; `traits` travel on the `identify` event. */
  identify(userId: string, traits?: Properties): void;
  /** Forget the user: new anonymous id, new session, no user id (call on logout). */
  reset(): void;
  /** Send everything waiting now. */
  flush(): Promise<void>;
  /** Stop every plugin, send what is waiting, and leave the page as it was. Safe to call twice. */
  shutdown(): Promise<void>;
  /** Read the consent mode, or change it. */
  consent(mode?: ConsentMode): ConsentMode;
  subscribe(listener: () => void): Unsubscribe;
  getSnapshot(): ClientSnapshot;
  /** Counters: created, delivered, dropped by reason, pending. */
  diagnostics(): Diagnostics;
  /** Send the counters as an `sdk_diagnostics` event, so the server can check them against what it stored. */
  reportDiagnostics(): void;
}
