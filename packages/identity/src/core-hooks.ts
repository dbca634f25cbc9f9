import type { ConsentMode, PluginContext, Unsubscribe } from '@sightline/core';

/**
 * Where the anonymous id is kept, in place of core's own `sl:<projectKey>:anon` key. Proposed as
 * `ClientOptions.identity`. Core calls it only while consent is granted:
 * - at start: `load()`, then `save(id)` with the stored id or a new one;
 * - when consent becomes granted: `load()`; a stored id replaces the in-memory one, then `save(id)`;
 * - on `reset()`: `save(newId)`;
 * - when consent leaves `granted` (denied or pending): `clear()`.
 * None of the three may throw; core guards them anyway.
 */
export interface IdentityProvider {
  load(): string | undefined;
  save(id: string): void;
  clear(): void;
}

/**
 * What a plugin needs beyond today's `PluginContext` to keep the anonymous id: the consent mode
 * and its changes, resets, and a way to replace the id when a better one arrives late (the
 * server cookie).
 */
export interface IdentityHooks {
  consent(): ConsentMode;
  /** Called after every change of mode. */
  onConsent(listener: (mode: ConsentMode) => void): Unsubscribe;
  /** Called after `client.reset()` with the anonymous id it replaced. */
  onReset(listener: (previousAnonymousId: string) => void): Unsubscribe;
  /** Use this anonymous id from now on; core then calls `identity.save(id)` if consent is granted. */
  setAnonymousId(id: string): void;
}

/** The context the identity plugin is written against; the hooks are feature-detected. */
export type IdentityPluginContext = PluginContext & Partial<IdentityHooks>;
