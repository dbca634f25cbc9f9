import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { EventStore } from '../store/event-store';
import { createAuth, type KeyResolver } from './auth';
import { closeConnectionsWhenClosing } from './close-connections';
import { registerErrorReplies } from './error-reply';
import { eventsRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { ingestRoutes } from './routes/ingest';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  store: EventStore;
  keys: KeyResolver;
  /** Largest accepted body in bytes, before and after gzip. Default 1 MiB. */
  bodyLimit?: number;
  /** Fastify's pino logger: `true`, pino options, or `false` (the default). */
  logger?: FastifyServerOptions['logger'];
}

/** The HTTP app, ready for `inject()` or `listen()`. It never closes the store it was given. */
export function buildApp(options: AppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Fastify's default is no limit; a public endpoint must not wait forever on a slow body.
    requestTimeout: 30_000,
    ajv: {
      // Validate bodies as they are: no coercion, no silent stripping, since events are stored verbatim.
      customOptions: { coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: false },
    },
  });
  const auth = createAuth(options.keys);
  registerErrorReplies(app, bodyLimit);
  closeConnectionsWhenClosing(app);
  app.register(healthRoutes, { store: options.store });
  app.register(ingestRoutes, { store: options.store, auth, bodyLimit });
  app.register(eventsRoutes, { store: options.store, auth });
  return app;
}
