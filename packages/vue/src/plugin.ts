import type { App, Plugin } from 'vue';
import { createClient, type ClientOptions, type SightlineClient } from '@sightline/core';
import { INERT_CLIENT } from './inert-client';
import { SIGHTLINE_CLIENT } from './injection-key';
import { trackRouter, type RouterLike, type RouterTrackingOptions } from './router';

export type SightlinePluginOptions = {
  /** Send a pageview on each route change of this Vue Router (see `trackRouter`). */
  router?: RouterLike;
  routerTracking?: RouterTrackingOptions;
} & (
  | {
      /** A client you created (and shut down) yourself. */
      client: SightlineClient;
      options?: undefined;
    }
  | {
      /** Options for a client the plugin creates in the browser and shuts down when the app unmounts. */
      options: ClientOptions;
      client?: undefined;
    }
);

const inBrowser = () => typeof window !== 'undefined' && typeof document !== 'undefined';

/**
 * `app.use(SightlinePlugin, { options })` or `app.use(SightlinePlugin, { client })`. On the
 * server it creates nothing and the composables return empty values.
 */
export const SightlinePlugin: Plugin<[SightlinePluginOptions]> = {
  install(app: App, settings: SightlinePluginOptions) {
    const owned = !settings?.client && settings?.options && inBrowser() ? createClient(settings.options) : undefined;
    const client = settings?.client ?? owned ?? INERT_CLIENT;
    app.provide(SIGHTLINE_CLIENT, client);
    const stopRouter = settings?.router && inBrowser() ? trackRouter(settings.router, client, settings.routerTracking) : undefined;
    // `app.onUnmount` arrived in Vue 3.5; before it, shut an owned client down yourself.
    const onUnmount = (app as { onUnmount?: (cleanup: () => void) => void }).onUnmount;
    onUnmount?.call(app, () => {
      stopRouter?.();
      void owned?.shutdown();
    });
  },
};
