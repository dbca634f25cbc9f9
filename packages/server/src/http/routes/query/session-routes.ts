import { EVENT_LIMITS } from '@sightline/core';
import type { FastifyInstance } from 'fastify';
import { integer, invalid, oneOf, type RawQuery, text, checkKnown } from '../../../query/params';
import { parseScope } from '../../../query/scope';
import { listSessions } from '../../../query/sessions';
import { SCORE_KEY } from '../../../query/sql-literal';
import type { EventStore } from '../../../store/event-store';
import type { Auth } from '../../auth';
import { limitParam, scoreBounds, types, withDefault } from './query-params';

const BUILT_IN_SORTS = ['started', 'duration', 'events'];

/** Session list (filtered, sorted by any score) and one session's events. */
export async function sessionRoutes(app: FastifyInstance, options: { store: EventStore; auth: Auth }): Promise<void> {
  const { store, auth } = options;

  app.get('/v1/query/sessions', async (request) => {
    const query = request.query as RawQuery;
    const scope = parseScope(auth.projectOf(request), query, ['url', 'signal', 'sort', 'order', 'limit', 'offset'], ['min.', 'max.']);
    const sort = text(query, 'sort', 64) ?? 'started';
    if (!BUILT_IN_SORTS.includes(sort) && !SCORE_KEY.test(sort)) {
      throw invalid('sort', `must be ${BUILT_IN_SORTS.join(', ')}, a score id or a score field (frustration.score)`);
    }
    const url = text(query, 'url');
    const sessions = await listSessions(store.reader, scope, {
      ...(url !== undefined && { url }),
      min: scoreBounds(query, 'min.'),
      max: scoreBounds(query, 'max.'),
      signals: types(query, 'signal', 10),
      sort,
      order: oneOf(query, 'order', ['asc', 'desc'] as const) ?? 'desc',
      limit: limitParam(query, 50, 1000),
      offset: withDefault(integer(query, 'offset', 0, 1_000_000), 0),
    });
    return { sessions };
  });

  // The id goes in the query string: path parameters are capped shorter than session ids may be.
  app.get('/v1/query/session-events', async (request) => {
    const query = request.query as RawQuery;
    checkKnown(query, ['sessionId', 'limit', 'after']);
    const sessionId = text(query, 'sessionId', EVENT_LIMITS.maxIdLength);
    if (sessionId === undefined) throw invalid('sessionId', 'is required');
    const after = text(query, 'after', EVENT_LIMITS.maxIdLength);
    const events = await store.listEvents(auth.projectOf(request), {
      sessionId,
      limit: limitParam(query, 1000, 10_000),
      ...(after !== undefined && { after }),
    });
    return { events };
  });
}
