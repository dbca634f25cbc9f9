import { useCallback, useSyncExternalStore } from 'react';

/** A two-page router on the History API, standing in for React Router or TanStack Router. */
export function useRoute(): [path: string, navigate: (path: string) => void] {
  const path = useSyncExternalStore(
    (listener) => {
      window.addEventListener('popstate', listener);
      return () => window.removeEventListener('popstate', listener);
    },
    () => window.location.pathname,
  );
  const navigate = useCallback((to: string) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [path, navigate];
}
