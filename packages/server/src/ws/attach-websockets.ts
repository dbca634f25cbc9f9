import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { type WebSocket, WebSocketServer } from 'ws';
import { ERROR_CODES, isServerError, ServerError } from '../errors';
import type { KeyResolver } from '../http/auth';
import type { IngestCors } from '../http/cors';
import { type LiveFilter, parseLiveFilter } from '../live/live-filter';
import type { Geo } from '../geo/country';
import type { LiveHub } from '../live/live-hub';
import type { Metrics, SocketKind } from '../ops/metrics';
import { CLOSE } from './frames';
import { startHeartbeat } from './heartbeat';
import { createIngestSocket, type IngestSocket } from './ingest-socket';
import { subscribeSocket } from './live-socket';
import { authenticateSocket, refuse } from './socket-auth';
import { readUpgrade, rejectUpgrade, type UpgradeRequest } from './upgrade-request';
import type { WebSocketOptions } from './ws-options';

export interface AttachOptions {
  keys: KeyResolver;
  cors: IngestCors;
  metrics: Metrics;
  hub: LiveHub;
  geo: Geo;
  /** Largest frame, in bytes; a larger one closes the connection with 1009. */
  maxFrameBytes: number;
  ws: WebSocketOptions;
}

const PATHS: Record<string, SocketKind> = { '/v1/ws': 'ingest', '/v1/live': 'live' };

/**
 * `GET /v1/ws` (ingest) and `GET /v1/live` (live stream) on the app's own HTTP server. On close,
 * upgrades stop, ingest connections get their in-flight batches stored, then every socket is
 * closed with 1001 before the HTTP server waits for its connections.
 */
export function attachWebSockets(app: FastifyInstance, options: AttachOptions): void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes, perMessageDeflate: false });
  const stopHeartbeat = startHeartbeat(wss, options.ws.heartbeatMs);
  const ingestSockets = new Set<IngestSocket>();
  let closing = false;

  const subscribe = (socket: WebSocket, projectId: string, filter: LiveFilter) =>
    subscribeSocket(socket, projectId, filter, {
      hub: options.hub,
      metrics: options.metrics,
      maxBufferedBytes: options.ws.liveMaxBufferedBytes,
    });

  function startIngest(socket: WebSocket, projectId: string, key: string, upgrade: UpgradeRequest) {
    options.cors.checkOrigin(upgrade.origin, projectId);
    const ingest = createIngestSocket(socket, key, {
      app,
      // Looked up once for the connection, and handed to each batch's in-process request.
      forwardHeaders: options.geo.forward(options.geo.countryOf({ ip: upgrade.ip, headers: upgrade.headers })),
      metrics: options.metrics,
      maxInFlight: options.ws.maxInFlight,
      closing: () => closing,
    });
    ingestSockets.add(ingest);
    socket.once('close', () => ingestSockets.delete(ingest));
    return ingest.handle;
  }

  function onConnection(socket: WebSocket, upgrade: UpgradeRequest, kind: SocketKind): void {
    options.metrics.socketOpened(kind, 1);
    const opened = Date.now();
    socket.once('close', (code: number) => {
      options.metrics.socketOpened(kind, -1);
      app.log.info({ websocket: kind, code, durationMs: Date.now() - opened }, 'websocket closed');
    });
    // ws closes with 1009 by itself when a frame is over maxPayload; this only counts it.
    socket.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') options.metrics.rejected(ERROR_CODES.tooLarge);
      else app.log.debug({ err: error }, 'websocket error');
    });
    const live = kind === 'live';
    let filter: LiveFilter | undefined;
    try {
      if (live && upgrade.params.has('key')) {
        throw new ServerError(ERROR_CODES.missingKey, 'read keys are not accepted in the URL: send an auth frame');
      }
      filter = live ? parseLiveFilter(upgrade.params) : undefined;
    } catch (error) {
      if (isServerError(error)) options.metrics.rejected(error.code);
      return refuse(socket, error);
    }
    authenticateSocket(socket, {
      keys: options.keys,
      kind: live ? 'read' : 'write',
      timeoutMs: options.ws.authTimeoutMs,
      // Write keys are public and may ride in the URL; read keys never do.
      key: upgrade.headerKey ?? (live ? undefined : (upgrade.params.get('key') ?? undefined)),
      project: upgrade.params.get('project') ?? undefined,
      ready: live ? {} : { maxFrameBytes: options.maxFrameBytes },
      onRefused: (code) => options.metrics.rejected(code),
      admitted(record, key) {
        const handler = live ? subscribe(socket, record.projectId, filter ?? {}) : startIngest(socket, record.projectId, key, upgrade);
        app.log.info({ websocket: kind, project: record.projectId }, 'websocket ready');
        return handler;
      },
    });
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    let upgrade: UpgradeRequest;
    try {
      upgrade = readUpgrade(request);
    } catch {
      return rejectUpgrade(socket, 400, { code: ERROR_CODES.badRequest, message: 'the request URL cannot be parsed' });
    }
    const kind = PATHS[upgrade.path];
    if (!kind) return rejectUpgrade(socket, 404, { code: ERROR_CODES.notFound, message: `no WebSocket at ${upgrade.path}` });
    if (closing) {
      return rejectUpgrade(socket, 503, { code: ERROR_CODES.storeClosed, message: 'the server is shutting down' }, {
        'retry-after': '1',
      });
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // noServer mode leaves the 'connection' event to us; the heartbeat listens for it.
      wss.emit('connection', ws, request);
      onConnection(ws, upgrade, kind);
    });
  }

  app.server.on('upgrade', onUpgrade);
  for (const path of Object.keys(PATHS)) {
    app.get(path, async (_request, reply) =>
      reply.status(426).header('upgrade', 'websocket').send({
        error: { code: ERROR_CODES.badRequest, message: `${path} is a WebSocket endpoint: send an upgrade request` },
      }),
    );
  }
  app.addHook('preClose', async () => {
    closing = true;
    app.server.off('upgrade', onUpgrade);
    stopHeartbeat();
    await Promise.race([
      Promise.all([...ingestSockets].map((socket) => socket.drained())),
      sleep(options.ws.drainTimeoutMs),
    ]);
    for (const socket of wss.clients) socket.close(CLOSE.goingAway, 'server shutting down');
    // A peer that does not answer the close frame must not hold the shutdown up.
    await Promise.race([new Promise<void>((resolve) => wss.close(() => resolve())), sleep(CLOSE_GRACE_MS)]);
    for (const socket of wss.clients) socket.terminate();
  });
}

const CLOSE_GRACE_MS = 1000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
