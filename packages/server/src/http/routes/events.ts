import type { FastifyInstance } from 'fastify';
import type { EventStore } from '../../store/event-store';
import type { Auth } from '../auth';
import { parseEventsQuery } from '../events-query';

export interface EventsRouteOptions {
  store: EventStore;
  auth: Auth;
}

/** The read API: events as accepted, in (ts, id) order, paged by the last id seen. */
export async function eventsRoutes(app: FastifyInstance, options: EventsRouteOptions): Promise<void> {
  const { store, auth } = options;
  app.addHook('onRequest', auth.require('read'));

  app.get('/v1/events', async (request) => {
    const query = parseEventsQuery(request.query as Record<string, unknown>);
    return { events: await store.listEvents(auth.projectOf(request), query) };
  });

  app.get('/v1/events/count', async (request) => ({ count: await store.countEvents(auth.projectOf(request)) }));
}
