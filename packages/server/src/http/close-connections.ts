import type { FastifyInstance } from 'fastify';
import { ERROR_CODES } from '../errors';
import { RetryLaterError, STORE_RETRY_AFTER_MS } from './retry-later';

/**
 * `close()` reaps idle keep-alive sockets once, when it starts. A request still in flight at
 * that moment leaves its socket open after answering, and the close would wait for the
 * keep-alive timeout. So answers sent while closing ask the client to drop the connection.
 * Requests that arrive while closing are refused with 503 and Retry-After (Fastify's own 503
 * has no Retry-After), so clients send them to another node or come back after the restart.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async () => {
    if (closing) {
      throw new RetryLaterError(ERROR_CODES.storeClosed, 'the server is shutting down; retry later', STORE_RETRY_AFTER_MS);
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
