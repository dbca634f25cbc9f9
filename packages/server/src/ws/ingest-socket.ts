import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import { ERROR_CODES, type ErrorCode, isServerError, ServerError } from '../errors';
import type { ErrorBody } from '../http/error-reply';
import { statusOf } from '../http/error-reply';
import { STORE_RETRY_AFTER_MS } from '../http/retry-later';
import type { Metrics } from '../ops/metrics';
import { CLOSE, errorFrame, parseJson, send, seqOf, toClientFrame } from './frames';
import type { FrameHandler } from './socket-auth';

export interface IngestSocketOptions {
  app: FastifyInstance;
  /** Added to each batch's in-process request (the connection's country). */
  forwardHeaders?: Record<string, string>;
  metrics: Metrics;
  /** Batches of one connection stored at once; past it the server stops reading the socket. */
  maxInFlight: number;
  /** True once the server is shutting down: new batches are answered with `retry`. */
  closing(): boolean;
}

export interface IngestSocket {
  handle: FrameHandler;
  /** Resolves once every batch received so far has been answered. */
  drained(): Promise<void>;
}

/**
 * Batch frames go through `POST /v1/batch` in-process, so WebSocket ingest has exactly the
 * checks, limits, counters and acknowledge-after-store of HTTP. Acks may come out of order.
 */
export function createIngestSocket(socket: WebSocket, key: string, options: IngestSocketOptions): IngestSocket {
  let inFlight = 0;
  const idle: Array<() => void> = [];
  const retry = (seq: number, status: number, code: ErrorCode, afterMs = STORE_RETRY_AFTER_MS) =>
    send(socket, { type: 'retry', seq, afterMs, status, code });

  async function store(seq: number, batch: unknown): Promise<void> {
    if (options.closing()) return retry(seq, 503, ERROR_CODES.storeClosed);
    const res = await options.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { ...options.forwardHeaders, 'content-type': 'application/json', 'x-sightline-key': key },
      payload: JSON.stringify(batch),
    });
    if (res.statusCode === 200) return send(socket, { type: 'ack', seq, ...(res.json() as object) });
    const error = (res.json() as Partial<ErrorBody>).error;
    const code = (error?.code ?? ERROR_CODES.unavailable) as ErrorCode;
    if (res.statusCode === 429 || res.statusCode === 503) {
      return retry(seq, res.statusCode, code, Number(res.headers['retry-after'] ?? 0) * 1000 || STORE_RETRY_AFTER_MS);
    }
    const message = error?.message ?? `status ${res.statusCode}`;
    send(socket, errorFrame(res.statusCode, code, message, error?.field, seq));
    // A key revoked while connected: nothing more this connection sends can be stored.
    if (res.statusCode === 401 || res.statusCode === 403) socket.close(CLOSE.forStatus(res.statusCode), code);
  }

  function settle(): void {
    inFlight--;
    if (inFlight < options.maxInFlight) socket.resume();
    if (inFlight === 0) for (const resolve of idle.splice(0)) resolve();
  }

  function handle(text: string): void {
    let parsed: unknown;
    try {
      parsed = parseJson(text);
      const frame = toClientFrame(parsed);
      if (frame.type === 'ping') return send(socket, { type: 'pong' });
      if (frame.type === 'auth') throw new ServerError(ERROR_CODES.badRequest, 'already authenticated', '/type');
      inFlight++;
      if (inFlight >= options.maxInFlight) socket.pause();
      store(frame.seq, frame.batch)
        // Only a server on its way down fails an in-process request: the batch must come again.
        .catch(() => retry(frame.seq, 503, ERROR_CODES.storeClosed))
        .finally(settle);
    } catch (error) {
      const known = isServerError(error) ? error : new ServerError(ERROR_CODES.internal, 'the server failed');
      options.metrics.rejected(known.code);
      send(socket, errorFrame(statusOf(known.code), known.code, known.message, known.field, seqOf(parsed)));
    }
  }

  return {
    handle,
    drained: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve))),
  };
}
