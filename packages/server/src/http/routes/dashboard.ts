import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * The dashboard's policy: its own scripts only, so even a recording that slipped past the
 * ingest sanitizer cannot run code in the replay iframe (which inherits this policy). Recorded
 * pages keep their images and fonts from wherever the visitor loaded them.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data: blob:',
  'font-src * data:',
  'media-src * data: blob:',
  "connect-src 'self' ws: wss:",
  "frame-src 'self' about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Where `@sightline/dashboard` keeps its built files, or undefined when it is not installed or not built. */
export function findDashboardDir(): string | undefined {
  try {
    const require = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
    const dir = join(dirname(require.resolve('@sightline/dashboard/package.json')), 'dist');
    return existsSync(join(dir, 'index.html')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the dashboard at `/`; without a built dashboard, `/` says how to build one. */
export async function dashboardRoutes(app: FastifyInstance, options: { dir: string | undefined }): Promise<void> {
  const dir = options.dir !== undefined && existsSync(join(options.dir, 'index.html')) ? options.dir : undefined;
  app.addHook('onSend', async (request, reply) => {
    reply.header('content-security-policy', DASHBOARD_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // Hashed assets never change; index.html always revalidates so a new build shows at once.
    reply.header('cache-control', request.url.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  if (dir === undefined) {
    app.get('/', async (_request, reply) =>
      reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The dashboard is not built. Run: npm run build -w @sightline/dashboard\n'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: dir, index: 'index.html', wildcard: false, cacheControl: false });
}
