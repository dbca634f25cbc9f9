import type { FastifyInstance } from 'fastify';
import type { EventStore } from '../../../store/event-store';
import type { Auth } from '../../auth';
import { exportRoutes } from '../export';
import { definitionRoutes } from './definition-routes';
import { queryRoutes } from './query-routes';

/** The read side beyond `/v1/events`: queries, definitions and export, all behind a read key. */
export function registerQueryRoutes(app: FastifyInstance, options: { store: EventStore; auth: Auth }): void {
  app.register(queryRoutes, options);
  app.register(definitionRoutes, options);
  app.register(exportRoutes, options);
}
