import { createInertClient, type SightlineClient } from '@sightline/core';

/** What composables get on the server and without the plugin: every call is a no-op. Immutable, so shared. */
export const INERT_CLIENT: SightlineClient = /* @__PURE__ */ createInertClient('pending');
