import type { Properties, SightlineClient } from '@sightline/core';

/** The part of a Vue Router instance (`createRouter()`) that page tracking uses. */
export interface RouterLike {
  afterEach(guard: (to: RouteLike, from: RouteLike, failure?: unknown) => unknown): () => void;
}

export interface RouteLike {
  fullPath: string;
  /** Vue Router's matched route records; empty on `START_LOCATION`, where the first navigation starts. */
  matched?: readonly unknown[];
}

/** Vue Router's first navigation comes from `START_LOCATION`: `/` with no matched records. */
const isStartLocation = (route: RouteLike) => route.fullPath === '/' && Array.isArray(route.matched) && route.matched.length === 0;

export interface RouterTrackingOptions {
  /**
   * Also send a pageview for Vue Router's first navigation (from `START_LOCATION`, on page load).
   * Default false: autocapture sends the load's pageview.
   */
  initial?: boolean;
  /** Properties for each pageview. */
  props?: Properties;
}

/**
 * Sends a pageview after each successful route change. Use it instead of autocapture's SPA
 * navigation (`autocapture({ spaNavigation: false })`), or each navigation is counted twice.
 * Returns the function that stops tracking.
 */
export function trackRouter(router: RouterLike, client: SightlineClient, options: RouterTrackingOptions = {}): () => void {
  return router.afterEach((to, from, failure) => {
    if (failure || to.fullPath === from.fullPath) return;
    if (!options.initial && isStartLocation(from)) return;
    client.page(options.props);
  });
}
