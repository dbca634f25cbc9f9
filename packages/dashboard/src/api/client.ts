/** Query-string values the API takes; arrays repeat the parameter (`signal=rage_click&signal=dead_click`). */
export type QueryParams = Record<string, string | number | readonly string[] | undefined>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Api {
  /** GET a read-API route with the read key in a header (never in the URL). */
  get<T>(path: string, params?: QueryParams): Promise<T>;
  readonly key: string;
}

export function toSearch(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(name, item);
    else search.append(name, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** The server's read API, on the origin that served the dashboard. */
export function createApi(key: string, origin = location.origin): Api {
  return {
    key,
    async get<T>(path: string, params?: QueryParams): Promise<T> {
      const response = await fetch(`${origin}${path}${toSearch(params)}`, { headers: { 'x-sightline-key': key } });
      const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
      if (!response.ok) {
        const error = body?.error;
        throw new ApiError(response.status, error?.code ?? `HTTP_${response.status}`, error?.message ?? response.statusText);
      }
      return body as T;
    },
  };
}
