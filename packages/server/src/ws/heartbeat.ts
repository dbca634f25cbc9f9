import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Pings every client each `intervalMs`; one that has not answered the previous ping is dead
 * (a peer gone without a close frame) and is terminated. Returns the function that stops it.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakSet<WebSocket>();
  const onConnection = (socket: WebSocket) => {
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
  };
  wss.on('connection', onConnection);
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
}
