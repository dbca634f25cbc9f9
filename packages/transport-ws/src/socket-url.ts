/** `https://ingest.example.com` → `wss://ingest.example.com/v1/ws?key=...`; ws(s) URLs are kept. */
export function socketUrl(endpoint: string, path: string, key: string): string {
  const base = endpoint.replace(/\/+$/, '').replace(/^http(s?):\/\//i, 'ws$1://');
  return `${base}${path}?key=${encodeURIComponent(key)}`;
}
