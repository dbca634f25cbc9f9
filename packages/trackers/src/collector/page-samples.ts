import type { Navigation, PluginContext } from '@sightline/core';
import { afterSetup, type SessionTime } from './session-time';

type NavType = 'navigate' | 'reload' | 'back_forward';

/** URL without its query string (§0.1 privacy default). */
export const urlWithoutQuery = (href: string) => href.replace(/\?[^#]*/, '');

const isHashRoute = (url: string) => /#!?\//.test(url);

/**
 * A URL change that starts a new page view (§0.1 SPA route change): a push or back/forward to
 * another document URL or hash route. `replaceState` and in-page anchors are not.
 */
export function isPageChange(navigation: Navigation): boolean {
  if (navigation.kind === 'replace') return false;
  const onlyHash = navigation.from.split('#')[0] === navigation.to.split('#')[0];
  return !onlyHash || isHashRoute(navigation.to) || isHashRoute(navigation.from);
}

function initialNavType(win: Window): NavType {
  try {
    const entry = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (entry?.type === 'reload' || entry?.type === 'back_forward') return entry.type;
  } catch {
    // No navigation timing: a plain load.
  }
  return 'navigate';
}

/** §0.1 `pageview` (load, SPA route change, back/forward cache) and `pagehide`. */
export function startPageSamples(ctx: PluginContext, time: SessionTime): () => void {
  const env = ctx.env!;
  const pageview = (t: number, navType: NavType) =>
    ctx.sample({ kind: 'pageview', t, url: urlWithoutQuery(env.location.href), navType });
  const t0 = time.now();
  const cancel = afterSetup(ctx, () => pageview(t0, initialNavType(env.window)));
  ctx.onNavigation((navigation) => isPageChange(navigation) && pageview(time.now(), navigation.kind === 'pop' ? 'back_forward' : 'navigate'));
  ctx.listen<PageTransitionEvent>('pageshow', (event) => event.persisted && pageview(time.at(event), 'back_forward'), { target: 'window' });
  ctx.listen('pagehide', (event) => ctx.sample({ kind: 'pagehide', t: time.at(event) }), { target: 'window' });
  return cancel;
}

/** §0.1 `conversion`: a custom event whose name is in the list (`client.track('conversion')`). */
export function startConversionSamples(ctx: PluginContext, time: SessionTime, names: readonly string[]): void {
  ctx.onEvent((event) => {
    if (event.type === 'custom' && event.name !== undefined && names.includes(event.name)) {
      ctx.sample({ kind: 'conversion', t: time.now(), name: event.name });
    }
  });
}
