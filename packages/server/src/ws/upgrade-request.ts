import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** The parts of an upgrade request the handshake needs. */
export interface UpgradeRequest {
  path: string;
  params: URLSearchParams;
  /** From `x-sightline-key` or `Authorization: Bearer` (non-browser clients can set headers). */
  headerKey: string | undefined;
  origin: string | undefined;
  /** For the geo lookup of WebSocket ingest. */
  ip: string;
  headers: IncomingHttpHeaders;
}

export function readUpgrade(request: IncomingMessage): UpgradeRequest {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const header = request.headers['x-sightline-key'];
  const headerKey =
    typeof header === 'string' && header !== '' ? header.trim() : BEARER.exec(request.headers.authorization ?? '')?.[1];
  return {
    path: url.pathname,
    params: url.searchParams,
    headerKey,
    origin: request.headers.origin,
    ip: request.socket.remoteAddress ?? '',
    headers: request.headers,
  };
}

const REASONS = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' } as const;

/** Answers an upgrade that will not become a WebSocket with a plain HTTP error. */
export function rejectUpgrade(
  socket: Duplex,
  status: 400 | 404 | 503,
  error: { code: string; message: string },
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ error });
  const lines = [
    `HTTP/1.1 ${status} ${REASONS[status]}`,
    'content-type: application/json',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  // A peer that resets the connection now must not take the process down with an unhandled error.
  socket.on('error', () => socket.destroy());
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}
