import type { WebSocket } from 'ws';
import { ERROR_CODES, type ErrorCode, ServerError } from '../errors';

/** Client frames of `/v1/ws` and `/v1/live`. */
export type ClientFrame =
  | { type: 'auth'; key: string; project?: string }
  | { type: 'batch'; seq: number; batch: unknown }
  | { type: 'ping' };

export interface ErrorFrame {
  type: 'error';
  seq?: number;
  status: number;
  code: ErrorCode;
  message: string;
  field?: string;
}

/** Close codes: 4000 + the HTTP status a request would have got, for refusals a client must see. */
export const CLOSE = {
  normal: 1000,
  goingAway: 1001,
  tooLarge: 1009,
  internal: 1011,
  tryAgainLater: 1013,
  forStatus: (status: number) => 4000 + status,
} as const;

const malformed = (message: string, field?: string) => new ServerError(ERROR_CODES.malformedJson, message, field);
const invalid = (message: string, field: string) => new ServerError(ERROR_CODES.validation, message, field);

const isSeq = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** A frame's `seq` when it has a usable one, so even a refused frame can be answered by id. */
export function seqOf(parsed: unknown): number | undefined {
  const seq = (parsed as { seq?: unknown } | null)?.seq;
  return isSeq(seq) ? seq : undefined;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw malformed(`the frame is not valid JSON: ${(error as Error).message}`);
  }
}

/** Checks the envelope only; the batch inside goes through the same validation as HTTP. */
export function toClientFrame(parsed: unknown): ClientFrame {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw malformed('a frame must be a JSON object');
  const frame = parsed as Record<string, unknown>;
  switch (frame.type) {
    case 'auth':
      if (typeof frame.key !== 'string' || frame.key === '') throw invalid('key must be a non-empty string', '/key');
      if (frame.project !== undefined && typeof frame.project !== 'string') throw invalid('project must be a string', '/project');
      return frame as ClientFrame;
    case 'batch':
      if (!isSeq(frame.seq)) throw invalid('seq must be a non-negative integer', '/seq');
      if (frame.batch === undefined) throw invalid('batch is required', '/batch');
      return frame as ClientFrame;
    case 'ping':
      return { type: 'ping' };
    default:
      throw invalid('type must be "auth", "batch" or "ping"', '/type');
  }
}

export function send(socket: WebSocket, frame: object): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

export function errorFrame(status: number, code: ErrorCode, message: string, field?: string, seq?: number): ErrorFrame {
  return {
    type: 'error',
    ...(seq !== undefined && { seq }),
    status,
    code,
    message,
    ...(field !== undefined && { field }),
  };
}
