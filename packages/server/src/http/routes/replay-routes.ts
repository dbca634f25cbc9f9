import { Readable } from 'node:stream';
import { EVENT_LIMITS } from '@sightline/core';
import type { FastifyInstance } from 'fastify';
import { ERROR_CODES, ServerError } from '../../errors';
import { checkKnown, checkText, integer, invalid, oneOf, type RawQuery } from '../../query/params';
import { DEVICE_CLASSES } from '../../query/segment';
import { MAX_SEQ } from '../../replay/chunk-props';
import { createCleanerPool } from '../../replay/cleaner-pool';
import { readReplay, readSnapshot } from '../../replay/read-replay';
import type { EventStore } from '../../store/event-store';
import type { Auth } from '../auth';
import { requiredUrl } from './query/query-params';

/** Chunks per answer: about 100 KB of events each, so at most some tens of MB. */
export const REPLAY_PAGE = { default: 200, max: 500 } as const;

/** A session's recording, and the latest full snapshot of a page (read key only). */
export async function replayRoutes(app: FastifyInstance, options: { store: EventStore; auth: Auth }): Promise<void> {
  const { store, auth } = options;
  // Lines the store could not join yet are cleaned when read, as at ingest, and a chunk holding a
  // snapshot is read back: in a worker thread, started when first needed, stopped with the server.
  const cleaner = createCleanerPool({ threads: 1, onFallback: (message) => app.log.warn(message) });
  app.addHook('onClose', async () => cleaner.close());
  app.addHook('onRequest', auth.require('read'));

  // Registered before the parametric route; a static path always wins in the router anyway.
  app.get('/v1/replay/snapshot', async (request, reply) => {
    const query = request.query as RawQuery;
    checkKnown(query, ['url', 'device']);
    const url = requiredUrl(query);
    const device = oneOf(query, 'device', DEVICE_CLASSES);
    if (!device) throw invalid('device', `is required: ${DEVICE_CLASSES.join(', ')}`);
    const snapshot = await readSnapshot(store.replays, cleaner, auth.projectOf(request), { url, device });
    if (!snapshot) throw new ServerError(ERROR_CODES.notFound, `no full snapshot of ${url} at ${device} size`, '/url');
    // A `SnapshotAnswer` as JSON text already (read-replay.ts).
    return reply.type('application/json; charset=utf-8').send(snapshot);
  });

  app.get('/v1/replay/:sessionId', async (request, reply) => {
    const query = request.query as RawQuery;
    checkKnown(query, ['fromSeq', 'limit']);
    const sessionId = checkText('sessionId', (request.params as { sessionId: string }).sessionId, EVENT_LIMITS.maxIdLength);
    const page = await readReplay(store.replays, cleaner, auth.projectOf(request), sessionId, {
      fromSeq: integer(query, 'fromSeq', 0, MAX_SEQ) ?? 0,
      limit: integer(query, 'limit', 1, REPLAY_PAGE.max) ?? REPLAY_PAGE.default,
    });
    if (!page) throw new ServerError(ERROR_CODES.notFound, 'no recording of this session', '/sessionId');
    // A `ReplayPage` as JSON text already (read-replay.ts), sent piece by piece: a page of tens
    // of MB is never parsed, nor made one string, on the event loop.
    return reply.type('application/json; charset=utf-8').send(Readable.from(page, { objectMode: false }));
  });
}
