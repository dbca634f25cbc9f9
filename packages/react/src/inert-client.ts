import { createInertClient, type ClientSnapshot, type Diagnostics, type SightlineClient } from '@sightline/core';

/** What hooks get outside a provider, and on the server: every call is a no-op. Immutable, so shared. */
export const INERT_CLIENT: SightlineClient = /* @__PURE__ */ createInertClient('pending');

/** The snapshot rendered before a client exists, on the server, and outside a provider. */
export const EMPTY_SNAPSHOT: ClientSnapshot = /* @__PURE__ */ INERT_CLIENT.getSnapshot();

export const EMPTY_DIAGNOSTICS: Diagnostics = /* @__PURE__ */ INERT_CLIENT.diagnostics();
