import type { InjectionKey } from 'vue';
import type { SightlineClient } from '@sightline/core';

/** Where the plugin provides the client; `inject(SIGHTLINE_CLIENT)` reads it in your own code. */
export const SIGHTLINE_CLIENT: InjectionKey<SightlineClient> = Symbol('sightline-client');
