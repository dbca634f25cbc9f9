import type { Batch } from '@sightline/core';

/** What the server sends on `/v1/ws`. Unknown types are ignored, so the server can add more. */
export type ServerMessage =
  | { type: 'ready' }
  | { type: 'ack'; seq: number; accepted?: number; duplicates?: number }
  | { type: 'error'; seq?: number; status?: number; code?: string; message?: string }
  | { type: 'retry'; seq?: number; afterMs?: number }
  | { type: 'pong' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Parses one text frame; `undefined` for anything that is not a known message. */
export function parseServerMessage(data: unknown): ServerMessage | undefined {
  if (typeof data !== 'string') return undefined;
  let message: unknown;
  try {
    message = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isRecord(message) || typeof message.type !== 'string') return undefined;
  if (message.type === 'ack' && typeof message.seq !== 'number') return undefined;
  return message as ServerMessage;
}

export const batchFrame = (seq: number, batch: Batch): string => JSON.stringify({ type: 'batch', seq, batch });

/** App-level heartbeat: a page cannot send WebSocket ping frames, only messages. */
export const PING_FRAME = JSON.stringify({ type: 'ping' });

/** Close code a server uses for a frame over its size limit. */
export const CLOSE_TOO_BIG = 1009;
