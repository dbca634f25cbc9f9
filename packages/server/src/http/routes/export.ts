import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { exportParquet } from '../../export/write-parquet';
import { ndjsonLines } from '../../export/ndjson-lines';
import { checkKnown, oneOf, type RawQuery } from '../../query/params';
import { parseRange } from '../../query/range';
import type { EventStore } from '../../store/event-store';
import type { Auth } from '../auth';

/**
 * `GET /v1/export?from&to&format=parquet|ndjson` (read key). NDJSON streams as it is read;
 * Parquet is written to a temporary file first (its footer comes last), then streamed.
 */
export async function exportRoutes(app: FastifyInstance, options: { store: EventStore; auth: Auth }): Promise<void> {
  const { store, auth } = options;
  app.addHook('onRequest', auth.require('read'));

  app.get('/v1/export', async (request, reply) => {
    const query = request.query as RawQuery;
    checkKnown(query, ['from', 'to', 'format']);
    const range = parseRange(query);
    const format = oneOf(query, 'format', ['parquet', 'ndjson'] as const) ?? 'parquet';
    const projectId = auth.projectOf(request);
    const name = `sightline-${projectId}-${range.from ?? 'start'}-${range.to ?? 'now'}`;
    if (format === 'ndjson') {
      reply.header('content-type', 'application/x-ndjson; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="${name}.ndjson"`);
      return reply.send(Readable.from(ndjsonLines(store, projectId, range)));
    }
    const dir = await mkdtemp(join(tmpdir(), 'sightline-export-'));
    const file = join(dir, 'events.parquet');
    try {
      await exportParquet(store, projectId, range, file);
      const { size } = await stat(file);
      const stream = createReadStream(file);
      stream.once('close', () => void rm(dir, { recursive: true, force: true }));
      reply.header('content-type', 'application/vnd.apache.parquet');
      reply.header('content-length', size);
      reply.header('content-disposition', `attachment; filename="${name}.parquet"`);
      return reply.send(stream);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  });
}
