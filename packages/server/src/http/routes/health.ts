import type { FastifyInstance } from 'fastify';
import type { EventStore } from '../../store/event-store';

export async function healthRoutes(app: FastifyInstance, options: { store: EventStore }): Promise<void> {
  app.get('/health', async (request, reply) => {
    try {
      await options.store.ping();
      return { status: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'store unreachable');
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
}
