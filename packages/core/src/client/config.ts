import type { Environment } from '../env/environment';
import type { Clock } from '../env/clock';
import type { TransportFactory } from '../delivery/transport';
import type { Plugin } from '../plugin/types';
import type { ConsentMode } from '../consent/consent';
import type { SightlineError } from '../util/errors';
import type { ScrubberOptions } from '@sightline/scrubber';
import type { IdentityProvider } from '../identity/provider';

export type CookielessMode = 'off' | 'until-consent' | 'always';

export interface ClientOptions {
  /** The project's public write key. */
  projectKey: string;
  /** Base URL of the ingestion server, used by the transport (`https://ingest.example.com`). */
  endpoint?: string;
  /** How batches travel: `createHttpTransport()` from `@sightline/transport-http`, or your own. */
  transport?: TransportFactory;
  plugins?: Plugin[];
  /** Where the anonymous id is kept; default localStorage. `@sightline/identity` adds a first-party cookie. */
  identity?: IdentityProvider;
  /**
   * The scrub stage: every string of every event is scrubbed of personal data before it is
   * stored or sent. Pass scrubber options to tune it (detectors, placeholders, custom detectors),
   * or `false` to turn it off when the app scrubs by itself. Default on.
   */
  scrub?: false | ScrubberOptions;
  /** Consent at start. Default `granted`; `pending` keeps everything in memory until decided. */
  consent?: ConsentMode;
  /**
   * Cookieless mode: ids live in memory only (a reload is a new visitor) and nothing is written to
   * cookies, storage or IndexedDB. `until-consent` sends that way while consent is pending and
   * starts persisting once it is granted; `always` never persists. Default `off`. A denial still
   * stops everything.
   */
  cookieless?: CookielessMode;
  /** Treat `navigator.globalPrivacyControl` as a denial. Default true. */
  respectGlobalPrivacyControl?: boolean;
  /** Treat Do Not Track as a denial. Default false. */
  respectDoNotTrack?: boolean;
  /** Inactivity after which a new session starts. Default 30 minutes. */
  sessionTimeoutMs?: number;
  batch?: {
    /** Flush once this many events wait. Default 50. */
    maxEvents?: number;
    /** Flush this long after the first waiting event. Default 5000 ms. */
    intervalMs?: number;
    /** Largest body of a normal (not unload) request. Default 500,000 bytes. */
    maxBytes?: number;
  };
  outbox?: {
    /** Default 10,000 events. */
    maxEvents?: number;
    /** Default 5,000,000 bytes (serialized JSON). */
    maxBytes?: number;
    /** Largest single event; bigger ones are dropped as `too_large`. Default 60,000 bytes. */
    maxEventBytes?: number;
    /** Keep the outbox in IndexedDB so it survives reloads and crashes. Default true. */
    persist?: boolean;
  };
  /** Events kept in memory while consent is pending. Default 1,000. */
  maxPendingConsentEvents?: number;
  onError?: (error: SightlineError) => void;
  /** Log what the SDK does to the console. Default false. */
  debug?: boolean;
  /** Browser globals to use; `null` runs without a DOM. Defaults to the current page. */
  env?: Environment | null;
  clock?: Clock;
}

export interface ResolvedConfig {
  readonly projectKey: string;
  readonly endpoint: string | undefined;
  readonly consent: ConsentMode;
  readonly cookieless: CookielessMode;
  readonly respectGlobalPrivacyControl: boolean;
  readonly respectDoNotTrack: boolean;
  readonly sessionTimeoutMs: number;
  readonly batch: { readonly maxEvents: number; readonly intervalMs: number; readonly maxBytes: number };
  readonly outbox: {
    readonly maxEvents: number;
    readonly maxBytes: number;
    readonly maxEventBytes: number;
    readonly persist: boolean;
  };
  readonly maxPendingConsentEvents: number;
  readonly debug: boolean;
}

const positive = (value: number | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

/** Fills in defaults. Returns the problems found, so `createClient` can report all of them at once. */
export function resolveConfig(options: ClientOptions): { config: ResolvedConfig; problems: string[] } {
  const problems: string[] = [];
  if (typeof options?.projectKey !== 'string' || options.projectKey.trim() === '') {
    problems.push('projectKey must be a non-empty string (the project write key)');
  }
  if (options?.endpoint !== undefined) {
    try {
      new URL(options.endpoint);
    } catch {
      problems.push(`endpoint must be an absolute URL, got ${JSON.stringify(options.endpoint)}`);
    }
  }
  if (options?.cookieless !== undefined && !['off', 'until-consent', 'always'].includes(options.cookieless)) {
    problems.push(`cookieless must be 'off', 'until-consent' or 'always', got ${JSON.stringify(options.cookieless)}`);
  }
  if (options?.consent !== undefined && !['granted', 'denied', 'pending'].includes(options.consent)) {
    problems.push(`consent must be 'granted', 'denied' or 'pending', got ${JSON.stringify(options.consent)}`);
  }
  const config: ResolvedConfig = {
    projectKey: String(options?.projectKey ?? ''),
    endpoint: options?.endpoint?.replace(/\/+$/, ''),
    consent: options?.consent ?? 'granted',
    cookieless: options?.cookieless ?? 'off',
    respectGlobalPrivacyControl: options?.respectGlobalPrivacyControl ?? true,
    respectDoNotTrack: options?.respectDoNotTrack ?? false,
    sessionTimeoutMs: positive(options?.sessionTimeoutMs, 30 * 60 * 1000),
    batch: {
      maxEvents: positive(options?.batch?.maxEvents, 50),
      intervalMs: positive(options?.batch?.intervalMs, 5000),
      maxBytes: positive(options?.batch?.maxBytes, 500_000),
    },
    outbox: {
      maxEvents: positive(options?.outbox?.maxEvents, 10_000),
      maxBytes: positive(options?.outbox?.maxBytes, 5_000_000),
      maxEventBytes: positive(options?.outbox?.maxEventBytes, 60_000),
      persist: options?.outbox?.persist ?? true,
    },
    maxPendingConsentEvents: positive(options?.maxPendingConsentEvents, 1000),
    debug: options?.debug ?? false,
  };
  return { config, problems };
}
