import { shallowRef } from 'vue';
import type { RouterLike } from '@sightline/vue';

type AfterEach = Parameters<RouterLike['afterEach']>[0];

/**
 * A two-page router on the History API, standing in for Vue Router: it has the same `afterEach`
 * hook, so `SightlinePlugin`'s `router` option works the same with `createRouter()`.
 */
export function createTinyRouter() {
  const path = shallowRef(window.location.pathname);
  const guards = new Set<AfterEach>();
  const settle = (to: string) => {
    const from = path.value;
    path.value = to;
    for (const guard of [...guards]) guard({ fullPath: to }, { fullPath: from });
  };
  window.addEventListener('popstate', () => settle(window.location.pathname));
  return {
    path,
    push(to: string) {
      window.history.pushState(null, '', to);
      settle(to);
    },
    afterEach(guard: AfterEach) {
      guards.add(guard);
      return () => void guards.delete(guard);
    },
  };
}

export type TinyRouter = ReturnType<typeof createTinyRouter>;
