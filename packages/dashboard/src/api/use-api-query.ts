import { useEffect, useState } from 'preact/hooks';
import { ApiError, type Api, type QueryParams } from './client';
import { toSearch } from './client';

export type QueryState<T> =
  | { status: 'loading'; data: T | undefined }
  | { status: 'ready'; data: T }
  | { status: 'error'; data: T | undefined; error: string; code: string };

export function errorText(caught: unknown): { error: string; code: string } {
  if (caught instanceof ApiError) return { error: `${caught.code}: ${caught.message}`, code: caught.code };
  return { error: 'The server cannot be reached.', code: 'NETWORK' };
}

/**
 * GET a read route whenever its path or parameters change. An answer that arrives after a newer
 * request started is dropped, so fast filter changes never show stale rows; the previous data
 * stays on screen while the next loads.
 */
export function useApiQuery<T>(api: Api, path: string | null, params: QueryParams = {}): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading', data: undefined });
  const key = path === null ? '' : `${path}${toSearch(params)}`;
  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((previous) => ({ status: 'loading', data: previous.data }));
    api.get<T>(path, params).then(
      (data) => current && setState({ status: 'ready', data }),
      (caught: unknown) => current && setState((previous) => ({ status: 'error', data: previous.data, ...errorText(caught) })),
    );
    return () => {
      current = false;
    };
  }, [api, key]);
  return state;
}
