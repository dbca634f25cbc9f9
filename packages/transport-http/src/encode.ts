import type { Batch } from '@sightline/core';

export interface EncodedBody {
  body: string;
  /** UTF-8 size, checked against the browser's 64 KiB keepalive budget. */
  bytes: number;
}

/**
 * The request body. `text/plain` keeps every request CORS-simple, so no preflight is needed,
 * even during unload, when a preflight would never complete.
 */
export function encodeBatch(batch: Batch): EncodedBody {
  const body = JSON.stringify(batch);
  return { body, bytes: new TextEncoder().encode(body).length };
}

export const CONTENT_TYPE = 'text/plain;charset=UTF-8';
