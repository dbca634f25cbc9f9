import type { FastifyReply } from 'fastify';

/**
 * Ingest is called from any site that embeds the SDK, and write keys are public, so any
 * origin may post. Read routes never get these headers: their keys are secrets.
 */
const INGEST_CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-sightline-key, content-encoding, authorization',
  // Browsers cap this (Chrome at 2 h), so a day just means "as long as allowed".
  'access-control-max-age': '86400',
} as const;

export function setIngestCors(reply: FastifyReply): void {
  reply.headers(INGEST_CORS_HEADERS);
}
