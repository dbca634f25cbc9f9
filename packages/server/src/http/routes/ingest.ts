import type { Batch } from '@sightline/core';
import type { FastifyInstance } from 'fastify';
import type { EventStore } from '../../store/event-store';
import type { Auth } from '../auth';
import { setIngestCors } from '../cors';
import { ingestBodySchema } from '../ingest-schema';
import { registerJsonBody } from '../json-body';

export interface IngestRouteOptions {
  store: EventStore;
  auth: Auth;
  bodyLimit: number;
}

/** `POST /v1/batch`: authenticate, parse, validate, store, and only then acknowledge. */
export async function ingestRoutes(app: FastifyInstance, options: IngestRouteOptions): Promise<void> {
  const { store, auth, bodyLimit } = options;
  registerJsonBody(app, bodyLimit);
  // First hook of the scope, so error replies (401, 413, ...) carry CORS headers and are readable.
  app.addHook('onRequest', async (_request, reply) => setIngestCors(reply));

  app.options('/v1/batch', async (_request, reply) => reply.status(204).send());

  app.post(
    '/v1/batch',
    { onRequest: auth.require('write'), schema: { body: ingestBodySchema }, bodyLimit },
    async (request) => {
      const batch = request.body as Batch;
      const { accepted, duplicates } = await store.insertBatch(auth.projectOf(request), batch.events, Date.now());
      return { accepted, duplicates };
    },
  );
}
