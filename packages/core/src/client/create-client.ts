import { detectEnvironment, type Environment } from '../env/environment';
import { createSystemClock } from '../env/clock';
import { createScopedStorage } from '../env/storage';
import { uuidv7 } from '../event/uuid';
import type { EventInput, Properties, SightlineEvent } from '../event/types';
import { createListenerHub } from '../hub/listener-hub';
import { initialConsent, type ConsentMode } from '../consent/consent';
import { createSessionManager, campaignOf } from '../session/session';
import { createDiagnostics } from '../outbox/diagnostics';
import { createOutbox } from '../outbox/outbox';
import { createIndexedDbPersistence, memoryPersistence } from '../outbox/persistence';
import { createUnloadSpill } from '../outbox/unload-spill';
import { createDelivery } from '../delivery/delivery';
import { readPageInfo } from '../pipeline/page-info';
import { enrich } from '../pipeline/enrich';
import { runStage } from '../pipeline/stages';
import { scrubEvent, type EventScrubber } from '../pipeline/scrub-event';
import { createScrubber, type Scrubber } from '@sightline/scrubber';
import { createAnonymousId } from '../identity/anonymous-id';
import type { IdentityProvider } from '../identity/provider';
import { startPlugin, type RunningPlugin } from '../plugin/lifecycle';
import type { Plugin, Sample } from '../plugin/types';
import { createEmitter } from '../util/emitter';
import { createLogger } from '../util/logger';
import { SightlineError, toSightlineError, type SightlineErrorCode } from '../util/errors';
import { resolveConfig, type ClientOptions, type ResolvedConfig } from './config';
import { createGuard } from './guard';
import { createInertClient } from './inert-client';
import type { ClientSnapshot, SightlineClient } from './types';

/** The longest `shutdown` waits for the last flush before it lets go of the page. */
const SHUTDOWN_FLUSH_TIMEOUT_MS = 5000;

/**
 * Creates a client. Several may live on one page: all state is in this closure. Invalid options
 * are reported (onError and console) and give an inert client rather than an exception.
 */
export function createClient(options: ClientOptions): SightlineClient {
  const logger = createLogger(Boolean(options?.debug));
  const onError = typeof options?.onError === 'function' ? options.onError : undefined;
  const report = (error: unknown, code?: SightlineErrorCode) => {
    const wrapped = toSightlineError(error, code);
    logger.warn(wrapped.message, wrapped.cause ?? '');
    try {
      onError?.(wrapped);
    } catch {
      // The app's own error handler failed; there is nobody left to tell.
    }
  };
  const { config, problems } = resolveConfig(options);
  if (problems.length > 0) {
    const error = new SightlineError('SL_INVALID_OPTIONS', `createClient: ${problems.join('; ')}`);
    report(error);
    if (!onError && typeof console !== 'undefined') console.error(`[sightline] ${error.message}`);
    return createInertClient();
  }
  try {
    return buildClient(options, config, report, logger);
  } catch (error) {
    report(error);
    return createInertClient();
  }
}

function buildClient(
  options: ClientOptions,
  config: ResolvedConfig,
  report: (error: unknown, code?: SightlineErrorCode) => void,
  logger: ReturnType<typeof createLogger>,
): SightlineClient {
  const env = options.env === null ? undefined : (options.env ?? detectEnvironment());
  const clock = options.clock ?? createSystemClock();
  const newId = () => uuidv7(clock.now(), env);
  const plugins: readonly Plugin[] = Array.isArray(options.plugins) ? options.plugins.filter(Boolean) : [];
  const scrubber = options.scrub === false ? undefined : memoized(createScrubber(options.scrub ?? {}));
  let storageFailureReported = false;
  const reportStorageFailure = (error: unknown) => {
    if (storageFailureReported) return;
    storageFailureReported = true;
    report(error, 'SL_STORAGE_UNAVAILABLE');
  };

  let consent: ConsentMode = initialConsent(env, {
    initial: config.consent,
    respectGlobalPrivacyControl: config.respectGlobalPrivacyControl,
    respectDoNotTrack: config.respectDoNotTrack,
  });
  // Persisting needs consent, and is never done in `always` cookieless mode. Sending needs consent,
  // or a cookieless mode while consent is pending.
  const mayPersist = () => consent === 'granted' && config.cookieless !== 'always';
  const maySend = () => consent === 'granted' || (consent === 'pending' && config.cookieless !== 'off');
  const storage = createScopedStorage(env?.window, `sl:${config.projectKey}:`, mayPersist(), reportStorageFailure);
  const diagnostics = createDiagnostics();
  const outbox = createOutbox(config.outbox, diagnostics);
  const hub = createListenerHub(env, (handler, event) => {
    try {
      handler(event);
    } catch (error) {
      report(error);
    }
  });
  // `delivery` is created just below; the transport may only call resume() later, when it reconnects.
  const transport = options.transport?.({
    projectKey: config.projectKey,
    endpoint: config.endpoint,
    env,
    clock,
    onError: (e) => report(e, 'SL_TRANSPORT_FAILED'),
    resume: () => {
      if (maySend()) delivery.resume();
    },
  });
  if (!transport) {
    report(new SightlineError('SL_NO_TRANSPORT', 'no transport configured: pass `transport: createHttpTransport()` from @sightline/transport-http. Events stay in the outbox and are not sent.'));
  }
  const delivery = createDelivery({ config, outbox, transport: transport, clock, env, diagnostics, reportError: (e) => report(e, 'SL_TRANSPORT_FAILED') });

  // The default provider keeps the id next to the other ids, in the client's scoped storage.
  const provider: IdentityProvider = options.identity ?? {
    load: () => storage.readStored('anon') ?? undefined,
    save: (id) => storage.set('anon', id),
    clear: () => storage.remove('anon'),
  };
  const anonymous = createAnonymousId(provider, newId, reportStorageFailure, mayPersist());
  let userId = storage.get('user') ?? undefined;
  const session = createSessionManager(storage, clock, config.sessionTimeoutMs, newId);
  let scores: Readonly<Record<string, number>> = {};
  let closed = false;
  const heldForConsent: SightlineEvent[] = [];

  // Snapshot for adapters: a new object only when something in it changed.
  const snapshotListeners = createEmitter<void>((listener) => {
    try {
      listener();
    } catch (error) {
      report(error);
    }
  });
  const makeSnapshot = (): ClientSnapshot => ({ consent, sessionId: session.id, anonymousId: anonymous.current, userId, scores });
  let snapshot = makeSnapshot();
  const refresh = () => {
    const next = makeSnapshot();
    const changed = (Object.keys(next) as Array<keyof ClientSnapshot>).some((key) => next[key] !== snapshot[key]);
    if (!changed) return;
    snapshot = next;
    snapshotListeners.emit();
  };

  const events = createEmitter<SightlineEvent>((listener, event) => listener(event));
  const samples = createEmitter<Sample>((listener, sample) => listener(sample));
  const consentListeners = createEmitter<ConsentMode>((listener, mode) => listener(mode));
  const resetListeners = createEmitter<string>((listener, previous) => listener(previous));

  const enablePersistence = () => {
    storage.enablePersistence();
    // A returning visitor keeps the ids stored before: they replace the ones made in memory
    // while consent was pending, also on the events that waited for the decision.
    const { previous, current } = anonymous.persist();
    if (previous !== current) for (const event of heldForConsent) if (event.anonymousId === previous) event.anonymousId = current;
    userId ??= storage.readStored('user') ?? undefined;
    if (userId) storage.set('user', userId);
    session.persist();
    if (!config.outbox.persist || !env) return;
    outbox.usePersistence(createIndexedDbPersistence(config.projectKey, reportStorageFailure, createUnloadSpill(localStorageOf(env), config.projectKey)));
    outbox
      .restore()
      .then(() => outbox.waiting > 0 && delivery.notify())
      .catch(reportStorageFailure);
  };
  if (mayPersist()) enablePersistence();

  const touchSession = (campaign?: string) => {
    const before = session.id;
    session.touch(campaign);
    if (session.id !== before) refresh();
  };

  const emit = (input: EventInput) => {
    if (closed) return;
    diagnostics.created();
    if (consent === 'denied') return diagnostics.dropped('consent_denied');
    let event: SightlineEvent;
    try {
      const page = readPageInfo(env);
      touchSession(input.type === 'pageview' ? campaignOf(input.page?.url ?? page.url) : undefined);
      event = enrich(input, newId(), clock.now(), { sessionId: session.id, anonymousId: anonymous.current, userId }, page);
    } catch (error) {
      report(new SightlineError('SL_INVALID_ARGUMENT', `event ${input?.type} dropped: ${(error as Error)?.message}`, error));
      return diagnostics.dropped('invalid');
    }
    for (const stage of ['enrich', 'scrub'] as const) {
      if (stage === 'scrub' && scrubber) {
        try {
          event = scrubEvent(event, scrubber);
        } catch (error) {
          // Never send what could not be scrubbed.
          report(error);
          return diagnostics.dropped('plugin_error');
        }
      }
      const outcome = runStage(stage, plugins, event, (error, plugin) => report(new SightlineError('SL_PLUGIN_FAILED', `${plugin.name}: ${(error as Error)?.message}`, error)));
      if ('dropped' in outcome) return diagnostics.dropped(outcome.dropped);
      event = outcome.event;
    }
    events.emit(event);
    if (!maySend()) {
      if (heldForConsent.length >= config.maxPendingConsentEvents) return diagnostics.dropped('consent_pending_overflow');
      heldForConsent.push(event);
      return;
    }
    outbox.add(event);
    delivery.notify();
  };

  const setConsent = (mode: ConsentMode) => {
    changeConsent(mode);
    consentListeners.emit(consent);
  };

  const changeConsent = (mode: ConsentMode) => {
    if (!['granted', 'denied', 'pending'].includes(mode)) {
      throw new SightlineError('SL_INVALID_ARGUMENT', `consent must be 'granted', 'denied' or 'pending', got ${JSON.stringify(mode)}`);
    }
    if (mode === consent) return;
    const wasPersisting = mayPersist();
    consent = mode;
    if (wasPersisting && !mayPersist()) anonymous.forget();
    if (mode === 'granted') {
      if (mayPersist()) enablePersistence();
      for (const event of heldForConsent.splice(0)) outbox.add(event);
      delivery.notify();
    } else if (mode === 'pending' && maySend()) {
      // Cookieless until consent: keep sending, but stop persisting and forget what was stored.
      storage.disablePersistence();
      outbox.usePersistence(memoryPersistence);
    } else {
      // Revoking purges queued events and every identifier this client stored.
      const purged = heldForConsent.splice(0).length + (mode === 'denied' ? outbox.purge() : 0);
      diagnostics.dropped('consent_denied', purged);
      storage.disablePersistence();
      outbox.usePersistence(memoryPersistence);
    }
    refresh();
  };

  const flushIfAllowed = (urgent: boolean) => (maySend() ? delivery.flush(urgent) : Promise.resolve());
  const onPageHide = () => {
    if (mayPersist()) session.persist();
    outbox.hidden(true);
    void flushIfAllowed(true);
  };
  const stopCoreListeners = [
    hub.listen('visibilitychange', () => (env?.document.visibilityState === 'hidden' ? onPageHide() : outbox.hidden(false))),
    hub.listen('pagehide', onPageHide, 'window'),
    hub.listen('online', () => maySend() && delivery.resume(), 'window'),
  ];

  const reportPluginError = (error: unknown, plugin: Plugin) =>
    report(new SightlineError('SL_PLUGIN_FAILED', `${plugin.name}: ${(error as Error)?.message ?? error}`, error));
  const running: RunningPlugin[] = plugins.map((plugin) =>
    startPlugin(
      plugin,
      {
        config,
        clock,
        env,
        storage,
        logger,
        hub,
        emit,
        sample(value) {
          if (closed) return;
          touchSession();
          samples.emit(value);
        },
        setScores(next) {
          scores = { ...scores, ...next };
          refresh();
        },
        consent: () => consent,
        setAnonymousId(id) {
          if (!anonymous.adopt(id, mayPersist())) {
            throw new SightlineError('SL_INVALID_ARGUMENT', `setAnonymousId needs a UUID, got ${JSON.stringify(id)}`);
          }
          refresh();
        },
        subscribeEvents: events.subscribe,
        subscribeSamples: samples.subscribe,
        subscribeConsent: consentListeners.subscribe,
        subscribeReset: resetListeners.subscribe,
        reportError: reportPluginError,
      },
      clock,
    ),
  );

  let shutdownPromise: Promise<void> | undefined;
  const shutdown = async () => {
    for (const plugin of running.slice().reverse()) plugin.stop();
    for (const stop of stopCoreListeners) stop();
    closed = true;
    let timeout: unknown;
    await Promise.race([
      flushIfAllowed(false),
      new Promise<void>((resolve) => {
        timeout = clock.setTimeout(resolve, SHUTDOWN_FLUSH_TIMEOUT_MS);
      }),
    ]);
    clock.clearTimeout(timeout);
    delivery.stop();
    hub.destroy();
    events.clear();
    samples.clear();
    consentListeners.clear();
    resetListeners.clear();
    snapshotListeners.clear();
    await transport?.shutdown?.();
  };

  const guard = createGuard(report);
  return {
    track: guard.sync((name: string, props?: Properties) => {
      if (typeof name !== 'string' || name.trim() === '') {
        throw new SightlineError('SL_INVALID_ARGUMENT', `track(name) needs a non-empty string, got ${JSON.stringify(name)}`);
      }
      emit({ type: 'custom', name: name.slice(0, 200), props });
    }, () => undefined),
    page: guard.sync((props?: Properties) => emit({ type: 'pageview', props }), () => undefined),
    identify: guard.sync((id: string, traits?: Properties) => {
      if (typeof id !== 'string' || id.trim() === '' || id.length > 128) {
        throw new SightlineError('SL_INVALID_ARGUMENT', `identify(userId) needs a string of 1 to 128 characters, got ${JSON.stringify(id)}`);
      }
      userId = id;
      storage.set('user', id);
      emit({ type: 'identify', props: traits });
      refresh();
    }, () => undefined),
    reset: guard.sync(() => {
      userId = undefined;
      storage.remove('user');
      const previous = anonymous.renew(mayPersist());
      session.renew();
      refresh();
      resetListeners.emit(previous);
    }, () => undefined),
    flush: guard.async(() => flushIfAllowed(false)),
    shutdown: guard.async(() => (shutdownPromise ??= shutdown())),
    consent: guard.sync((mode?: ConsentMode) => {
      if (mode !== undefined) setConsent(mode);
      return consent;
    }, () => consent),
    subscribe: guard.sync((listener: () => void) => snapshotListeners.subscribe(listener), () => () => {}),
    getSnapshot: () => snapshot,
    diagnostics: () => diagnostics.snapshot(outbox.size + heldForConsent.length),
    reportDiagnostics: guard.sync(() => {
      // The counters as they stand before this event, which is counted like any other.
      const { created, delivered, dropped, pending } = diagnostics.snapshot(outbox.size + heldForConsent.length);
      emit({ type: 'sdk_diagnostics', props: { created, delivered, pending, dropped } });
    }, () => undefined),
  };
}

/**
 * The scrubber of the scrub stage, remembering its answers for recent short strings: every event
 * carries the page's URL, path, title and referrer, and targets' selectors and texts repeat, so
 * most of an event's strings are scrubbed once per page rather than once per event. Scrubbing is
 * pure (custom detectors must be too), so the answers are the same.
 */
function memoized(scrubber: Scrubber): EventScrubber {
  const remember = (scrub: (text: string) => string) => {
    const memo = new Map<string, string>();
    return (text: string) => {
      let out = memo.get(text);
      if (out === undefined) {
        out = scrub(text);
        // Long strings rarely repeat verbatim; the memo starts over when full.
        if (text.length < 300 && memo.set(text, out).size > 500) memo.clear();
      }
      return out;
    };
  };
  return { ...scrubber, scrubText: remember(scrubber.scrubText), scrubUrl: remember(scrubber.scrubUrl) };
}

/** The page's localStorage, or undefined where reading it throws (sandboxed frames, blocked storage). */
function localStorageOf(env: Environment | undefined): Storage | undefined {
  try {
    return env?.window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
