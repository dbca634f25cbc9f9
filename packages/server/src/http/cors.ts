import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, ServerError } from '../errors';

/**
 * Allowed browser origins per project id, e.g. `{ "shop": ["https://shop.example"] }`. A project
 * not listed (or listing `"*"`) accepts any origin: write keys are public, so by default any site
 * that embeds the SDK may post. Read routes never get CORS headers: their keys are secrets.
 */
export type CorsPolicy = Readonly<Record<string, readonly string[]>>;

const BASE_HEADERS = {
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type, x-sightline-key, x-sightline-project, content-encoding, authorization',
  'access-control-expose-headers': 'retry-after',
  // Browsers cap this (Chrome at 2 h), so a day just means "as long as allowed".
  'access-control-max-age': '86400',
} as const;

export interface IngestCors {
  /** Headers for every ingest reply, set before the key is known so errors stay readable. */
  setHeaders(request: FastifyRequest, reply: FastifyReply): void;
  /** After auth: refuses a browser origin the project does not allow (403). */
  checkOrigin(origin: string | undefined, projectId: string, reply?: FastifyReply): void;
}

export function createIngestCors(policy: CorsPolicy = {}): IngestCors {
  const open = Object.keys(policy).length === 0;
  return {
    setHeaders(request, reply) {
      reply.headers(BASE_HEADERS);
      const origin = request.headers.origin;
      if (open || origin === undefined) reply.header('access-control-allow-origin', '*');
      else reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    },
    checkOrigin(origin, projectId, reply) {
      const allowed = Object.hasOwn(policy, projectId) ? policy[projectId] : undefined;
      // No Origin header: not a browser, and CORS is a browser matter.
      if (!allowed || origin === undefined || allowed.includes('*') || allowed.includes(origin)) return;
      reply?.removeHeader('access-control-allow-origin');
      throw new ServerError(ERROR_CODES.originNotAllowed, `origin ${origin} may not send to project "${projectId}"`);
    },
  };
}
