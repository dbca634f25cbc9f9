import { useEffect, useRef } from 'react';
import type { Properties } from '@sightline/core';
import { useSightline } from './hooks';

export interface PageTrackingOptions {
  /** Also send a pageview for the first value. Default false: autocapture sends the load's pageview. */
  initial?: boolean;
  /** Properties for each pageview. */
  props?: Properties;
}

/**
 * Sends a pageview whenever `route` changes: pass your router's location (`location.pathname`
 * from React Router, `usePathname()` in Next.js). Use it instead of autocapture's SPA navigation
 * (`autocapture({ spaNavigation: false })`), or each navigation is counted twice.
 */
export function usePageTracking(route: string | undefined, options: PageTrackingOptions = {}): void {
  const client = useSightline();
  const previous = useRef<string | undefined>(options.initial ? undefined : route);
  useEffect(() => {
    if (route === undefined || route === previous.current) return;
    previous.current = route;
    client.page(options.props);
  }, [client, route]);
}
