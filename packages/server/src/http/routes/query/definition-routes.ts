import type { FastifyInstance } from 'fastify';
import { checkDefinitionName, parseMatcher } from '../../../query/definitions';
import { ERROR_CODES, ServerError } from '../../../errors';
import type { EventStore } from '../../../store/event-store';
import type { Auth } from '../../auth';

/**
 * Named event definitions (read key: they belong to whoever analyses the data, and write keys
 * are public). Once saved, a name works in funnels (`step=def:name`) and counts (`definition=`).
 */
export async function definitionRoutes(app: FastifyInstance, options: { store: EventStore; auth: Auth }): Promise<void> {
  const { store, auth } = options;
  app.addHook('onRequest', auth.require('read'));
  const nameOf = (request: { params: unknown }) => checkDefinitionName((request.params as { name: string }).name);

  app.get('/v1/definitions', async (request) => ({ definitions: await store.definitions.list(auth.projectOf(request)) }));

  app.get('/v1/definitions/:name', async (request) => {
    const found = await store.definitions.get(auth.projectOf(request), nameOf(request));
    if (!found) throw new ServerError(ERROR_CODES.notFound, 'no such definition');
    return found;
  });

  app.put('/v1/definitions/:name', { bodyLimit: 16 * 1024 }, async (request) => {
    const definition = { name: nameOf(request), matcher: parseMatcher(request.body, ''), updatedAt: Date.now() };
    await store.definitions.put(auth.projectOf(request), definition);
    return definition;
  });

  app.delete('/v1/definitions/:name', async (request, reply) => {
    const removed = await store.definitions.remove(auth.projectOf(request), nameOf(request));
    if (!removed) throw new ServerError(ERROR_CODES.notFound, 'no such definition');
    return reply.status(204).send();
  });
}
