import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../../ops/metrics';

/** Prometheus text format 0.0.4. Counters only, no event data, so no key is asked for. */
export async function metricsRoutes(app: FastifyInstance, options: { metrics: Metrics }): Promise<void> {
  app.get('/metrics', async (_request, reply) =>
    reply.type('text/plain; version=0.0.4; charset=utf-8').send(options.metrics.render()),
  );
}
