import { useEffect, useState } from 'preact/hooks';

/** Where the dashboard is: `#/<view>/<id>?<params>`, so every view is a link that can be shared. */
export interface Route {
  view: string;
  id: string | undefined;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [view = '', id] = path.split('/').map(decodeURIComponent);
  return { view: view || 'sessions', id: id || undefined, params: new URLSearchParams(query) };
}

export function href(view: string, id?: string, params?: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) if (value !== undefined && value !== '') search.set(name, value);
  const query = search.toString();
  return `#/${view}${id === undefined ? '' : `/${encodeURIComponent(id)}`}${query ? `?${query}` : ''}`;
}

export function navigate(view: string, id?: string, params?: Record<string, string | undefined>): void {
  location.hash = href(view, id, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
