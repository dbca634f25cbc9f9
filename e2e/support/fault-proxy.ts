import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** What the proxy does with one request. */
export type Fault =
  | { kind: 'pass' }
  /** Answer without reaching the server (a load balancer's 503, a rate limiter's 429). */
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** Let the server store the batch, then reset the connection before the answer reaches the client. */
  | { kind: 'reset-after-store' }
  /** Reset the connection without reaching the server (the network is down). */
  | { kind: 'reset' };

export interface FaultContext {
  method: string;
  path: string;
  /** 1-based count of requests with this method so far, this one included. */
  index: number;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  bodyBytes: number;
  contentEncoding: string | undefined;
  at: number;
  /** Status the client got; `undefined` when the connection was reset. */
  status: number | undefined;
  fault: Fault['kind'];
}

export interface FaultProxy {
  url: string;
  port: number;
  requests: ProxiedRequest[];
  /** Requests by method, e.g. `count('OPTIONS')`. */
  count(method: string): number;
  /** Most POSTs that were in flight at the same moment. */
  readonly maxConcurrentPosts: number;
  setFault(rule: (request: FaultContext) => Fault): void;
  /** WebSocket upgrades: refused ones are closed before any handshake. */
  refuseUpgrades(refuse: boolean): void;
  readonly upgrades: { attempted: number; tunnelled: number };
  close(): Promise<void>;
}

// Injected answers look like the server's own, so the page may read them cross-origin.
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'retry-after' };

/**
 * An HTTP and WebSocket-upgrade proxy on loopback in front of the real server. It records every
 * request (method, body size, concurrency, outcome) and injects faults chosen per request.
 */
export async function startFaultProxy(upstream: string, port = 0): Promise<FaultProxy> {
  const target = new URL(upstream);
  const requests: ProxiedRequest[] = [];
  const counts = new Map<string, number>();
  const sockets = new Set<Socket | Duplex>();
  let rule: (request: FaultContext) => Fault = () => ({ kind: 'pass' });
  let refuse = false;
  let postsInFlight = 0;
  let maxConcurrentPosts = 0;
  const upgrades = { attempted: 0, tunnelled: 0 };

  const forward = (req: IncomingMessage, body: Buffer, onAnswer: (status: number, headers: IncomingMessage['headers'], data: Buffer) => void, onFail: () => void) => {
    const out = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => onAnswer(answer.statusCode ?? 502, answer.headers, Buffer.concat(chunks)));
        answer.on('error', onFail);
      },
    );
    out.on('error', onFail);
    out.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const method = req.method ?? 'GET';
    const index = (counts.get(method) ?? 0) + 1;
    counts.set(method, index);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const fault = rule({ method, path, index });
    const record: ProxiedRequest = { method, path, bodyBytes: body.length, contentEncoding: req.headers['content-encoding'], at: Date.now(), status: undefined, fault: fault.kind };
    requests.push(record);
    if (method === 'POST') {
      postsInFlight++;
      maxConcurrentPosts = Math.max(maxConcurrentPosts, postsInFlight);
      res.once('close', () => postsInFlight--);
    }
    const reset = () => req.socket.resetAndDestroy();
    if (fault.kind === 'reset') return reset();
    if (fault.kind === 'status') {
      record.status = fault.status;
      res.writeHead(fault.status, { ...CORS, 'content-type': 'application/json', ...fault.headers }).end('{"error":{"code":"SL_ERR_INJECTED","message":"injected by the test"}}');
      return;
    }
    forward(
      req,
      body,
      (status, headers, data) => {
        if (fault.kind === 'reset-after-store') return reset();
        record.status = status;
        res.writeHead(status, headers).end(data);
      },
      reset,
    );
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    upgrades.attempted++;
    if (refuse) return socket.destroy();
    const tunnel = connect(Number(target.port), target.hostname, () => {
      upgrades.tunnelled++;
      const headers = Object.entries(req.headers).map(([name, value]) => `${name}: ${name === 'host' ? target.host : String(value)}`);
      tunnel.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) tunnel.write(head);
      tunnel.pipe(socket).pipe(tunnel);
    });
    sockets.add(tunnel);
    tunnel.once('close', () => sockets.delete(tunnel));
    const end = () => {
      tunnel.destroy();
      socket.destroy();
    };
    tunnel.on('error', end);
    socket.on('error', end);
    socket.on('close', end);
    tunnel.on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    requests,
    count: (method) => requests.filter((request) => request.method === method).length,
    get maxConcurrentPosts() {
      return maxConcurrentPosts;
    },
    setFault(next) {
      rule = next;
    },
    refuseUpgrades(value) {
      refuse = value;
    },
    upgrades,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
