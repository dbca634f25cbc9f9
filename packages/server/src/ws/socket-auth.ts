import type { WebSocket } from 'ws';
import { ERROR_CODES, isServerError, ServerError } from '../errors';
import { checkKey, type KeyResolver } from '../http/auth';
import { statusOf } from '../http/error-reply';
import type { KeyKind, KeyRecord } from '../keys/key-types';
import { CLOSE, errorFrame, parseJson, send, toClientFrame } from './frames';

/** Handles every frame after the handshake; the auth step hands it over once the key checks out. */
export type FrameHandler = (text: string) => void;

export interface SocketAuthOptions {
  keys: KeyResolver;
  kind: KeyKind;
  timeoutMs: number;
  /** A key from the upgrade request (header, or `?key=` for write keys); else the first frame must carry one. */
  key: string | undefined;
  project: string | undefined;
  /** Runs once the key is admitted; may refuse by throwing a ServerError. Returns the frame handler. */
  admitted(record: KeyRecord, key: string): FrameHandler;
  /** Extra fields of the ready frame. */
  ready: object;
  onRefused(code: string): void;
}

// Frames sent before the key is checked wait here; more than this is not a client in good faith.
const MAX_QUEUED_FRAMES = 64;

/** Closes with a readable reason after one error frame: browsers never see the HTTP status. */
export function refuse(socket: WebSocket, error: unknown, seq?: number): void {
  const known = isServerError(error) ? error : new ServerError(ERROR_CODES.internal, 'the server failed');
  const status = statusOf(known.code);
  send(socket, errorFrame(status, known.code, known.message, known.field, seq));
  socket.close(status >= 500 ? CLOSE.internal : CLOSE.forStatus(status), known.code);
}

/**
 * The handshake: the key comes with the upgrade request or in a first `auth` frame, within
 * `timeoutMs`. Until it is admitted, nothing but that frame is processed.
 */
export function authenticateSocket(socket: WebSocket, options: SocketAuthOptions): void {
  let handler: FrameHandler | undefined;
  let checking = false;
  const queued: string[] = [];
  const fail = (error: unknown) => {
    clearTimeout(timer);
    if (isServerError(error)) options.onRefused(error.code);
    refuse(socket, error);
  };
  const timer = setTimeout(() => {
    fail(new ServerError(ERROR_CODES.missingKey, `no auth frame within ${options.timeoutMs} ms`));
  }, options.timeoutMs);
  socket.once('close', () => clearTimeout(timer));

  async function admit(key: string, project: string | undefined): Promise<void> {
    checking = true;
    try {
      const record = await checkKey(options.keys, key, options.kind, project);
      if (socket.readyState !== socket.OPEN) return;
      const next = options.admitted(record, key);
      clearTimeout(timer);
      send(socket, { type: 'ready', ...options.ready });
      handler = next;
      for (const text of queued.splice(0)) next(text);
    } catch (error) {
      fail(error);
    }
  }

  socket.on('message', (data: Buffer) => {
    const text = data.toString('utf8');
    if (handler) return handler(text);
    if (checking) {
      if (queued.push(text) > MAX_QUEUED_FRAMES) fail(new ServerError(ERROR_CODES.badRequest, 'too many frames before ready'));
      return;
    }
    try {
      const frame = toClientFrame(parseJson(text));
      if (frame.type !== 'auth') {
        throw new ServerError(ERROR_CODES.missingKey, 'the first frame must be {"type":"auth","key":"..."}');
      }
      void admit(frame.key, frame.project ?? options.project);
    } catch (error) {
      fail(error);
    }
  });
  if (options.key !== undefined) void admit(options.key, options.project);
}
