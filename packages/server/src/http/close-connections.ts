import type { FastifyInstance } from 'fastify';

/**
 * `close()` reaps idle keep-alive sockets once, when it starts. A request still in flight at
 * that moment leaves its socket open after answering, and the close would wait for the
 * keep-alive timeout. So answers sent while closing ask the client to drop the connection.
 */
export function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
