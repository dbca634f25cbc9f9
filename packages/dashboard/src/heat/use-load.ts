import { useEffect, useState } from 'preact/hooks';

export type Load<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; message: string };

/**
 * Runs `load` whenever `key` changes and keeps only the answer to the latest key, so a fast
 * click through segments never shows a stale answer.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Load<T> {
  const [state, setState] = useState<{ key: string | null; load: Load<T> }>({ key: null, load: { status: 'loading' } });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ key, load: { status: 'loading' } });
    load().then(
      (data) => current && setState({ key, load: { status: 'done', data } }),
      (error: unknown) => current && setState({ key, load: { status: 'error', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
    // `load` closes over what `key` names; the key alone decides when to reload.
  }, [key]);
  return state.key === key ? state.load : { status: 'loading' };
}
