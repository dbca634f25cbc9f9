import type { FastifyInstance } from 'fastify';
import type { Geo } from '../geo/country';
import type { LiveHub } from '../live/live-hub';
import type { Metrics } from '../ops/metrics';
import type { OpsOptions } from '../ops/ops-options';
import { attachWebSockets } from '../ws/attach-websockets';
import { DEFAULT_WS_OPTIONS } from '../ws/ws-options';
import type { KeyResolver } from './auth';
import type { IngestCors } from './cors';
import { metricsRoutes } from './routes/metrics';

const FRAME_ENVELOPE_BYTES = 256;

export interface OperationsContext {
  keys: KeyResolver;
  cors: IngestCors;
  metrics: Metrics;
  hub: LiveHub;
  bodyLimit: number;
  ws: OpsOptions['ws'];
  geo: Geo;
}

/** `/metrics`, WebSocket ingest and the live stream. */
export function registerOperations(app: FastifyInstance, context: OperationsContext): void {
  app.register(metricsRoutes, { metrics: context.metrics });
  attachWebSockets(app, {
    keys: context.keys,
    cors: context.cors,
    metrics: context.metrics,
    hub: context.hub,
    geo: context.geo,
    // Room for the frame's envelope: a batch that fits a POST also fits a frame.
    maxFrameBytes: context.bodyLimit + FRAME_ENVELOPE_BYTES,
    ws: { ...DEFAULT_WS_OPTIONS, ...context.ws },
  });
}
