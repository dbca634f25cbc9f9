import { SightlineError, type Plugin, type Teardown } from '@sightline/core';
import { createCookieIdentity, type CookieIdentityOptions } from '../anonymous/cookie-identity';
import { isUserId } from '../anonymous/id-format';
import type { IdentityPluginContext, IdentityProvider } from '../core-hooks';
import type { FingerprintLoader } from '../device/fingerprint-loader';
import { createServerCookieSync } from '../server-cookie/server-cookie-sync';
import { aliasEvent, RESET_EVENT } from './alias-event';
import { startDeviceSignal } from './device-signal-wiring';
import { createIdentifyLinker } from './identify-linker';

export interface IdentityPluginOptions {
  /** Where the anonymous id is kept: cookie name, domain, lifetime, Secure. */
  cookie?: Omit<CookieIdentityOptions, 'onError'>;
  /** Send an `alias` event linking the anonymous id to the user id on each new identify. Default true. */
  linkOnIdentify?: boolean;
  /** Also keep the id in an HttpOnly cookie set by the reference server (see docs/identity.md). */
  serverCookie?: { url: string; fetch?: typeof fetch };
  /** A hashed device signal, once per session, only with consent. Default off. */
  deviceSignal?: boolean | { salt?: string; loader?: FingerprintLoader; subtle?: SubtleCrypto };
}

export interface IdentityPlugin extends Plugin {
  /** Pass as `ClientOptions.identity`, so core keeps its anonymous id here. */
  readonly provider: IdentityProvider;
  /** Say that a previous user id and `userId` are one person (sent as an `alias` event). */
  alias(previousId: string, userId: string): void;
}

export function createIdentityPlugin(options: IdentityPluginOptions = {}): IdentityPlugin {
  let reportError: (error: unknown) => void = () => undefined;
  const identity = createCookieIdentity({ ...options.cookie, onError: (error) => reportError(error) });
  let active: IdentityPluginContext | undefined;

  const setup = (context: IdentityPluginContext): Teardown => {
    active = context;
    reportError = context.reportError;
    let stopped = false;
    const granted = () => context.consent?.() === 'granted';
    const sendLinks = () => {
      for (const link of identity.takeLinks()) context.emit(aliasEvent(link));
    };
    const server = options.serverCookie && createServerCookieSync({ ...options.serverCookie, projectKey: context.config.projectKey });
    const syncServerCookie = (replace = false) => {
      const sent = identity.current();
      if (!server || !sent || !granted()) return;
      server
        .sync(sent, replace)
        .then((held) => {
          if (stopped || !held || held === sent || !granted()) return;
          context.setAnonymousId?.(held);
          context.emit(aliasEvent({ previousId: sent, anonymousId: held, reason: 'server_cookie' }));
        })
        .catch(context.reportError);
    };
    const signal = startDeviceSignal(context, options.deviceSignal, granted);
    const unsubscribers = [
      options.linkOnIdentify === false ? undefined : context.onEvent(createIdentifyLinker(context.storage, context.emit)),
      // A logout tells the server that whoever comes next on this browser may be someone else.
      context.onReset?.((previousId) => {
        context.emit({ type: RESET_EVENT, props: { previousId } });
        // Otherwise the server's cookie would bring the old id back on the next page.
        syncServerCookie(true);
      }),
      context.onConsent?.((mode) => {
        if (mode !== 'granted') return void server?.forget().catch(context.reportError);
        sendLinks();
        syncServerCookie();
        signal?.retry();
      }),
    ];
    if (granted()) {
      sendLinks();
      syncServerCookie();
    }
    return () => {
      stopped = true;
      if (active === context) active = undefined;
      signal?.stop();
      for (const unsubscribe of unsubscribers) unsubscribe?.();
    };
  };

  return {
    name: 'sightline/identity@1',
    provider: identity,
    setup,
    alias(previousId, userId) {
      const context = active;
      if (!context) return;
      try {
        if (!isUserId(previousId) || !isUserId(userId)) {
          throw new SightlineError('SL_INVALID_ARGUMENT', `alias(previousId, userId) needs two strings of 1 to 128 characters, got ${JSON.stringify([previousId, userId])}`);
        }
        context.emit(aliasEvent({ previousId, userId, reason: 'alias' }));
      } catch (error) {
        context.reportError(error);
      }
    },
  };
}
