import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

export interface BatchFrame {
  seq: number;
  batch: { events: Array<{ id: string }> };
}

/** How the double answers one batch frame: a message to send back, or nothing. */
export type Answer = (frame: BatchFrame, socket: WebSocket) => object | undefined;

export const ack: Answer = (frame) => ({ type: 'ack', seq: frame.seq, accepted: frame.batch.events.length, duplicates: 0 });

/** A tiny stand-in for the server's `/v1/ws` endpoint, speaking the documented protocol. */
export async function startProtocolDouble(port = 0) {
  const server = new WebSocketServer({ port, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const frames: BatchFrame[] = [];
  const urls: string[] = [];
  let answer: Answer = ack;
  let sendReady = true;
  let answerPings = true;
  server.on('connection', (socket, request) => {
    urls.push(request.url ?? '');
    if (sendReady) socket.send(JSON.stringify({ type: 'ready' }));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string } & BatchFrame;
      if (message.type === 'ping') {
        if (answerPings) socket.send(JSON.stringify({ type: 'pong' }));
        return;
      }
      if (message.type !== 'batch') return;
      frames.push(message);
      const reply = answer(message, socket);
      if (reply) socket.send(JSON.stringify(reply));
    });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    port: (server.address() as AddressInfo).port,
    frames,
    urls,
    get connections() {
      return urls.length;
    },
    answerWith(next: Answer) {
      answer = next;
    },
    setReady(value: boolean) {
      sendReady = value;
    },
    setAnswerPings(value: boolean) {
      answerPings = value;
    },
    /** Drops every open socket without a close handshake, as a crashed server would. */
    dropAll() {
      for (const client of server.clients) client.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
