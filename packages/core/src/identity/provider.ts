/**
 * Where the anonymous id is kept. Core's default keeps it under `sl:<projectKey>:anon` in
 * localStorage; `@sightline/identity` supplies a first-party cookie mirrored in localStorage.
 * Core calls a provider only while it may persist (consent granted, not cookieless):
 * - at start, and when consent becomes granted: `load()`; the stored id wins over one made in
 *   memory, then `save(id)`;
 * - on `reset()` and `setAnonymousId()`: `save(id)`;
 * - when consent leaves `granted`: `clear()`.
 * Calls are guarded: a provider that throws is reported, never passed to the page.
 */
export interface IdentityProvider {
  load(): string | undefined;
  save(id: string): void;
  clear(): void;
}
