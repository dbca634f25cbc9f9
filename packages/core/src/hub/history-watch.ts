import type { Environment } from '../env/environment';
import type { HubTarget, Navigation } from '../plugin/types';

type Listen = (type: string, handler: (event: Event) => void, target?: HubTarget) => () => void;
type HistoryMethod = 'pushState' | 'replaceState';

/**
 * Reports URL changes made inside the page: History API calls, back/forward and hash changes.
 * The History API has no event of its own, so `pushState`/`replaceState` are wrapped. On stop a
 * wrapper is removed only if it is still the current value; if another library wrapped it since,
 * ours stays in place, inert, so their hook is not dropped.
 */
export function watchHistory(env: Environment, listen: Listen, report: (navigation: Navigation) => void): () => void {
  const { history, location } = env;
  let active = true;
  let lastUrl = location.href;

  const check = (kind: Navigation['kind']) => {
    const to = location.href;
    if (!active || to === lastUrl) return;
    const from = lastUrl;
    lastUrl = to;
    report({ kind, from, to });
  };

  const patch = (method: HistoryMethod, kind: Navigation['kind']) => {
    const hadOwn = Object.prototype.hasOwnProperty.call(history, method);
    const original = history[method];
    const wrapper = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
      const result = original.apply(this, args);
      check(kind);
      return result;
    };
    history[method] = wrapper;
    return () => {
      if (history[method] !== wrapper) return;
      if (hadOwn) history[method] = original;
      else delete (history as Partial<History>)[method];
    };
  };

  const restores = [
    patch('pushState', 'push'),
    patch('replaceState', 'replace'),
    listen('popstate', () => check('pop'), 'window'),
    listen('hashchange', () => check('hash'), 'window'),
  ];
  return () => {
    active = false;
    for (const restore of restores) restore();
  };
}
