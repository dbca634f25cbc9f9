import type { Batch } from '@sightline/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { LiveHub } from '../../live/live-hub';
import type { Geo } from '../../geo/country';
import type { Metrics } from '../../ops/metrics';
import type { EventStore } from '../../store/event-store';
import type { Auth } from '../auth';
import type { IngestCors } from '../cors';
import { toErrorReply } from '../error-reply';
import { ingestBodySchema } from '../ingest-schema';
import { registerJsonBody } from '../json-body';
import { storeFailure } from '../retry-later';
import { createEventsScrubber } from '../../privacy/scrub-events';
import { createReplayIngest } from '../../replay/replay-ingest';

export interface IngestRouteOptions {
  store: EventStore;
  auth: Auth;
  bodyLimit: number;
  cors: IngestCors;
  metrics: Metrics;
  hub: LiveHub;
  geo: Geo;
}

/** `POST /v1/batch`: authenticate, parse, validate, store, and only then acknowledge. */
export async function ingestRoutes(app: FastifyInstance, options: IngestRouteOptions): Promise<void> {
  const { store, auth, bodyLimit, cors, metrics, hub, geo } = options;
  const scrubEvents = createEventsScrubber();
  const replays = createReplayIngest(store.replays, { onFallback: (message) => app.log.warn(message) });
  // The cleaner's threads stop with the server, so neither tests nor the CLI wait on them.
  app.addHook('onClose', async () => replays.close());
  registerJsonBody(app, bodyLimit);
  // First hook of the scope, so error replies (401, 413, ...) carry CORS headers and are readable.
  app.addHook('onRequest', async (request, reply) => cors.setHeaders(request, reply));
  app.addHook('onError', async (request, _reply, error: FastifyError) => {
    metrics.rejected(toErrorReply(error, request, bodyLimit).body.error.code);
  });

  app.options('/v1/batch', async (_request, reply) => reply.status(204).send());

  app.post(
    '/v1/batch',
    {
      onRequest: [
        auth.require('write'),
        async (request, reply) => cors.checkOrigin(request.headers.origin, auth.projectOf(request), reply),
      ],
      schema: { body: ingestBodySchema },
      bodyLimit,
    },
    async (request) => {
      // Recordings go to their own table, decoded, sanitized and scrubbed off the event loop
      // (src/replay); a chunk that cannot be decoded refuses the batch before anything is stored.
      const { events: rest, chunks } = await replays.divert((request.body as Batch).events);
      // Scrubbed again here, whatever the client did: the store never sees personal data.
      const events = scrubEvents(rest);
      const projectId = auth.projectOf(request);
      const started = performance.now();
      const receivedAt = Date.now();
      // Batches from a WebSocket were looked up at its upgrade; the IP address is never stored.
      const country = geo.forwarded(request.headers) ?? geo.countryOf({ ip: request.ip, headers: request.headers });
      const result = await replays
        .store(projectId, chunks, receivedAt)
        .then(() => store.insertBatch(projectId, events, receivedAt, { country }))
        .catch((error: unknown) => {
          request.log.error({ err: error }, 'store insert failed');
          throw storeFailure(error);
        });
      metrics.stored(result.accepted, result.duplicates, (performance.now() - started) / 1000);
      // Subscribers get exactly what was stored, and only once it is.
      hub.publish(projectId, events, result);
      return { accepted: result.accepted, duplicates: result.duplicates };
    },
  );
}
