import type { SendResult } from '@sightline/core';
import { parseRetryAfter } from './retry-after';

/**
 * What an HTTP status means for a batch. Retry only what can succeed later: timeouts, rate
 * limits and server errors. 413 asks core to split the batch; other 4xx are final.
 */
export function classifyResponse(status: number, retryAfter: string | null, nowMs: number): SendResult {
  if (status >= 200 && status < 300) return { status: 'delivered' };
  if (status === 413) return { status: 'rejected', reason: 'too_large' };
  if (status === 408 || status === 429 || status >= 500) {
    const afterMs = parseRetryAfter(retryAfter, nowMs);
    return afterMs === undefined ? { status: 'retry', reason: `http_${status}` } : { status: 'retry', reason: `http_${status}`, afterMs };
  }
  return { status: 'rejected', reason: `http_${status}` };
}
