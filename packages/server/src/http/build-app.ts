import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { EventStore } from '../store/event-store';
import { createAuth, type KeyResolver } from './auth';
import { closeConnectionsWhenClosing } from './close-connections';
import { registerErrorReplies } from './error-reply';
import { eventsRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { ingestRoutes } from './routes/ingest';
import { registerQueryRoutes } from './routes/query/register-query-routes';
import { createIngestCors } from './cors';
import { registerOperations } from './register-operations';
import { identityCookieRoutes, type IdentityCookieOptions } from './routes/identity-cookie';
import { identityPersonRoutes } from './routes/identity-person';
import { replayRoutes } from './routes/replay-routes';
import { dashboardRoutes, findDashboardDir } from './routes/dashboard';
import { createLiveHub } from '../live/live-hub';
import { createGeo } from '../geo/country';
import { createMetrics } from '../ops/metrics';
import type { OpsOptions } from '../ops/ops-options';
import { createRateLimiter, DEFAULT_RATE_LIMIT, unlimited } from '../ops/rate-limiter';
import { timeoutServerOptions } from '../ops/timeouts';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions extends OpsOptions {
  store: EventStore;
  keys: KeyResolver;
  /** Largest accepted body in bytes, before and after gzip. Default 1 MiB. */
  bodyLimit?: number;
  /** Fastify's pino logger: `true`, pino options, or `false` (the default). */
  logger?: FastifyServerOptions['logger'];
  /** The server-set identity cookie (`/v1/identity/cookie`) for `@sightline/identity`. */
  identityCookie?: IdentityCookieOptions;
  /** Built dashboard files served at `/`: found in `@sightline/dashboard` by default; `false` serves none. */
  dashboardDir?: string | false;
}

/** The HTTP app, ready for `inject()` or `listen()`. It never closes the store it was given. */
export function buildApp(options: AppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Fastify's defaults are no request or header limit; a public endpoint must not wait forever.
    ...timeoutServerOptions(options.timeouts),
    // Requests that arrive while closing get our 503 with Retry-After (close-connections.ts).
    return503OnClosing: false,
    ajv: {
      // Validate bodies as they are: no coercion, no silent stripping, since events are stored verbatim.
      customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false },
    },
  });
  const limiter = options.rateLimit === false ? unlimited : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const auth = createAuth(options.keys, limiter);
  const cors = createIngestCors(options.cors);
  const metrics = options.metrics ?? createMetrics();
  const { store } = options;
  if (store.backlog) metrics.watchBacklog(() => (store.backlog as NonNullable<typeof store.backlog>).call(store));
  const hub = options.hub ?? createLiveHub();
  registerErrorReplies(app, bodyLimit);
  closeConnectionsWhenClosing(app);
  app.register(healthRoutes, { store: options.store });
  const geo = createGeo(options.geo, (error) => app.log.warn({ err: error }, 'geo lookup failed'));
  app.register(ingestRoutes, { store: options.store, auth, bodyLimit, cors, metrics, hub, geo });
  registerOperations(app, { keys: options.keys, cors, metrics, hub, bodyLimit, ws: options.ws, geo });
  app.register(eventsRoutes, { store: options.store, auth });
  registerQueryRoutes(app, { store: options.store, auth });
  app.register(identityCookieRoutes, { auth, cors: options.cors ?? {}, cookie: options.identityCookie ?? {} });
  app.register(identityPersonRoutes, { store: options.store, auth });
  app.register(replayRoutes, { store: options.store, auth });
  if (options.dashboardDir !== false) app.register(dashboardRoutes, { dir: options.dashboardDir ?? findDashboardDir() });
  return app;
}
