import { ApiError, type Api, type QueryParams } from '../../src/api/client';

/** A read API answering from a table of routes; anything else is a 404 like the server's. */
export function routeApi(routes: Record<string, (params: QueryParams) => unknown>): Api & { calls: Array<[string, QueryParams]> } {
  const calls: Array<[string, QueryParams]> = [];
  return {
    key: 'sl_r_test',
    calls,
    async get<T>(path: string, params: QueryParams = {}): Promise<T> {
      calls.push([path, params]);
      const answer = routes[path];
      if (!answer) throw new ApiError(404, 'SL_ERR_NOT_FOUND', 'not found');
      return answer(params) as T;
    },
  };
}

/** Waits for a condition of the rendered view, on real timers. */
export async function until(check: () => boolean, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
