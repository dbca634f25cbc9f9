import type { Plugin } from '@sightline/core';

export interface SpaNavigationOptions {
  /**
   * Which hash changes count as pageviews: `routes` (hashes that look like routes, `#/cart` or
   * `#!/cart`), `all`, or `none`. In-page anchors (`#reviews`) are not pageviews by default.
   */
  hashChanges?: 'routes' | 'all' | 'none';
}

const isHashRoute = (url: string) => /#!?\//.test(url);

/** A pageview for every URL change made inside the page: History API, back/forward, hash routes. */
export function createSpaNavigationPlugin(options: SpaNavigationOptions = {}): Plugin {
  const hashChanges = options.hashChanges ?? 'routes';
  return {
    name: 'sightline/spa-navigation@1',
    setup(ctx) {
      ctx.onNavigation((navigation) => {
        const onlyHash = navigation.from.split('#')[0] === navigation.to.split('#')[0];
        if (onlyHash && (hashChanges === 'none' || (hashChanges === 'routes' && !isHashRoute(navigation.to) && !isHashRoute(navigation.from)))) {
          return;
        }
        let path = '';
        try {
          path = new URL(navigation.to).pathname;
        } catch {
          path = '';
        }
        ctx.emit({
          type: 'pageview',
          page: { url: navigation.to, path, referrer: navigation.from },
          props: { navigation: navigation.kind },
        });
      });
    },
  };
}
