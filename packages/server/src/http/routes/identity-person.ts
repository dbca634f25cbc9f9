import type { FastifyInstance } from 'fastify';
import { ERROR_CODES, ServerError } from '../../errors';
import type { EventStore } from '../../store/event-store';
import type { Auth } from '../auth';
import { resolvePerson } from '../../identity/resolve-person';

/**
 * `GET /v1/identity/person?anonymousId=…|userId=…[&probabilistic=false]` (read key): the person a
 * visitor resolves to in the identity graph, and whether that rests on a device signal alone.
 */
export async function identityPersonRoutes(app: FastifyInstance, options: { store: EventStore; auth: Auth }): Promise<void> {
  const { store, auth } = options;
  app.get('/v1/identity/person', { onRequest: auth.require('read') }, async (request) => {
    const { anonymousId, userId, probabilistic } = request.query as Record<string, string | undefined>;
    if (!anonymousId === !userId) {
      throw new ServerError(ERROR_CODES.validation, 'give exactly one of anonymousId or userId', anonymousId ? '/userId' : '/anonymousId');
    }
    if (probabilistic !== undefined && probabilistic !== 'true' && probabilistic !== 'false') {
      throw new ServerError(ERROR_CODES.validation, 'probabilistic must be true or false', '/probabilistic');
    }
    const resolution = await resolvePerson(store, auth.projectOf(request), {
      ...(anonymousId && { anonymousId }),
      ...(userId && { userId }),
      probabilistic: probabilistic !== 'false',
    });
    if (!resolution) throw new ServerError(ERROR_CODES.notFound, 'no stored event mentions this visitor', anonymousId ? '/anonymousId' : '/userId');
    return resolution;
  });
}
