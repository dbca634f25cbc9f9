import type { FastifyInstance } from 'fastify';
import type { EventStore } from '../../store/event-store';

/** A store that does not answer in this time is as good as down for ingest. */
export const HEALTH_PING_TIMEOUT_MS = 2000;

function pingWithin(store: EventStore, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`the store did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([store.ping(), timeout]).finally(() => clearTimeout(timer));
}

export async function healthRoutes(app: FastifyInstance, options: { store: EventStore }): Promise<void> {
  app.get('/health', async (request, reply) => {
    try {
      await pingWithin(options.store, HEALTH_PING_TIMEOUT_MS);
      return { status: 'ok', store: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'store unreachable');
      return reply.status(503).header('retry-after', '1').send({ status: 'unavailable', store: 'unreachable' });
    }
  });
}
