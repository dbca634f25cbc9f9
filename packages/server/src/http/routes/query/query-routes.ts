import type { FastifyInstance, FastifyRequest } from 'fastify';
import { clickHeatmap } from '../../../query/click-heatmap';
import { eventCounts, INTERVALS, type Interval } from '../../../query/event-counts';
import { frustrationElements } from '../../../query/frustration-elements';
import { frustrationRates } from '../../../query/frustration-rates';
import { funnel } from '../../../query/funnel';
import { matcherSql } from '../../../query/matcher';
import { moveHeatmap } from '../../../query/move-heatmap';
import { integer, invalid, list, oneOf, type RawQuery, text } from '../../../query/params';
import { parseScope } from '../../../query/scope';
import { scrollMap } from '../../../query/scroll-map';
import type { EventStore } from '../../../store/event-store';
import type { Auth } from '../../auth';
import { definitionMatcher, limitParam, parseStep, requiredUrl, types, withDefault } from './query-params';
import { sessionRoutes } from './session-routes';

export interface QueryRouteOptions {
  store: EventStore;
  auth: Auth;
}

const interval = (query: RawQuery, fallback: Interval) =>
  oneOf(query, 'interval', Object.keys(INTERVALS) as Interval[]) ?? fallback;

/** The query API (read key): every route takes from, to and the segment parameters. */
export async function queryRoutes(app: FastifyInstance, options: QueryRouteOptions): Promise<void> {
  const { store, auth } = options;
  const { reader, definitions } = store;
  app.addHook('onRequest', auth.require('read'));
  const scopeOf = (request: FastifyRequest, own: readonly string[]) =>
    parseScope(auth.projectOf(request), request.query as RawQuery, own);

  await app.register(sessionRoutes, { store, auth });

  app.get('/v1/query/counts', async (request) => {
    const scope = scopeOf(request, ['interval', 'type', 'definition']);
    const query = request.query as RawQuery;
    const conditions: string[] = [];
    const eventTypes = types(query, 'type');
    if (eventTypes.length > 0) conditions.push(`type IN (${eventTypes.map(reader.dialect.str).join(', ')})`);
    const name = text(query, 'definition', 64);
    if (name !== undefined) {
      conditions.push(matcherSql(reader.dialect, await definitionMatcher(definitions, scope.projectId, 'definition', name)));
    }
    const size = interval(query, 'hour');
    const buckets = await eventCounts(reader, scope, {
      interval: size,
      ...(conditions.length > 0 && { condition: conditions.join(' AND ') }),
    });
    return { interval: size, buckets };
  });

  app.get('/v1/query/heatmap/clicks', async (request) => {
    const scope = scopeOf(request, ['url', 'cell', 'grid', 'limit']);
    const query = request.query as RawQuery;
    return clickHeatmap(reader, scope, {
      url: requiredUrl(query),
      cell: withDefault(integer(query, 'cell', 1, 10_000), 20),
      grid: withDefault(integer(query, 'grid', 1, 100), 10),
      limit: limitParam(query, 50, 1000),
    });
  });

  app.get('/v1/query/heatmap/moves', async (request) => {
    const scope = scopeOf(request, ['url', 'cell']);
    const query = request.query as RawQuery;
    return moveHeatmap(reader, scope, { url: requiredUrl(query), cell: withDefault(integer(query, 'cell', 1, 10_000), 20) });
  });

  app.get('/v1/query/scrollmap', async (request) => {
    const scope = scopeOf(request, ['url']);
    return scrollMap(reader, scope, { url: requiredUrl(request.query as RawQuery) });
  });

  app.get('/v1/query/frustration/elements', async (request) => {
    const scope = scopeOf(request, ['url', 'signal', 'limit', 'byPage']);
    const query = request.query as RawQuery;
    const url = text(query, 'url');
    const elements = await frustrationElements(reader, scope, {
      ...(url !== undefined && { url }),
      signals: types(query, 'signal'),
      limit: limitParam(query, 20, 500),
      byPage: oneOf(query, 'byPage', ['true', 'false'] as const) === 'true',
    });
    return { elements };
  });

  app.get('/v1/query/frustration/rates', async (request) => {
    const scope = scopeOf(request, ['url', 'interval']);
    const query = request.query as RawQuery;
    const url = text(query, 'url');
    const size = interval(query, 'day');
    const rows = await frustrationRates(reader, scope, { ...(url !== undefined && { url }), interval: size });
    return { interval: size, rows };
  });

  app.get('/v1/query/funnel', async (request) => {
    const scope = scopeOf(request, ['step']);
    const raw = list(request.query as RawQuery, 'step', 10);
    if (raw.length < 2) throw invalid('step', 'must be given 2 to 10 times, in order');
    const steps = [];
    for (const step of raw) steps.push(await parseStep(definitions, scope.projectId, step));
    return funnel(reader, scope, steps);
  });
}
