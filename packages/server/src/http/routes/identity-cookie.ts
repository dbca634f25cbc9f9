import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, ServerError } from '../../errors';
import type { Auth } from '../auth';
import type { CorsPolicy } from '../cors';

export interface IdentityCookieOptions {
  /** Cookie name. Default `sl_aid`, the name `@sightline/identity` uses. */
  name?: string;
  /** `Domain=` for sharing the cookie across subdomains (`example.com`). Default none: this host only. */
  domain?: string;
  /** Default 365 days; every call slides it. */
  maxAgeDays?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST`/`DELETE /v1/identity/cookie`: the anonymous id in a first-party, HttpOnly cookie set by
 * the server, which browsers do not cap the way they cap script-written cookies (WebKit's 7 days).
 * The request is credentialed, so only origins a project lists explicitly (or same-origin
 * requests) are answered: echoing any origin with credentials would let every site read the id.
 */
export async function identityCookieRoutes(
  app: FastifyInstance,
  options: { auth: Auth; cors: CorsPolicy; cookie: IdentityCookieOptions },
): Promise<void> {
  const { auth, cors } = options;
  const name = options.cookie.name ?? 'sl_aid';
  const maxAge = Math.round((options.cookie.maxAgeDays ?? 365) * 86_400);
  const domain = options.cookie.domain ? `; Domain=${options.cookie.domain}` : '';
  const cookie = (value: string, seconds: number) => `${name}=${value}; Path=/; Max-Age=${seconds}; HttpOnly; Secure; SameSite=Lax${domain}`;

  const allowCredentialedOrigin = (request: FastifyRequest, reply: FastifyReply, projectId?: string) => {
    const origin = request.headers.origin;
    if (origin === undefined) return; // not a cross-origin browser request
    const listed = projectId === undefined ? Object.values(cors).flat() : (cors[projectId] ?? []);
    if (!listed.includes(origin)) {
      throw new ServerError(ERROR_CODES.originNotAllowed, `origin ${origin} is not listed for this project's identity cookie (configure --cors)`);
    }
    reply.header('access-control-allow-origin', origin).header('access-control-allow-credentials', 'true').header('vary', 'Origin');
  };

  app.options('/v1/identity/cookie', async (request, reply) => {
    allowCredentialedOrigin(request, reply);
    reply.header('access-control-allow-methods', 'POST, DELETE').header('access-control-allow-headers', 'content-type, x-sightline-key');
    return reply.status(204).send();
  });

  const guard = { onRequest: [auth.require('write'), async (request: FastifyRequest, reply: FastifyReply) => allowCredentialedOrigin(request, reply, auth.projectOf(request))] };

  app.post('/v1/identity/cookie', guard, async (request, reply) => {
    const body = request.body as { anonymousId?: unknown; replace?: unknown } | undefined;
    if (typeof body?.anonymousId !== 'string' || !UUID.test(body.anonymousId)) {
      throw new ServerError(ERROR_CODES.validation, 'anonymousId must be a UUID', '/anonymousId');
    }
    const held = readCookie(request.headers.cookie, name);
    const kept = body.replace !== true && held !== undefined && UUID.test(held) ? held : body.anonymousId;
    reply.header('set-cookie', cookie(kept, maxAge)).header('cache-control', 'no-store');
    return { anonymousId: kept };
  });

  app.delete('/v1/identity/cookie', guard, async (_request, reply) => {
    reply.header('set-cookie', cookie('', 0)).header('cache-control', 'no-store');
    return reply.status(204).send();
  });
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
