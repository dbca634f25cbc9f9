import type { SendResult } from '@sightline/core';
import type { ServerMessage } from './protocol';

/** What a server's answer to one batch means, with the same rules as over HTTP. */
export function classifyAnswer(message: ServerMessage): SendResult {
  if (message.type === 'ack') return { status: 'delivered' };
  if (message.type === 'retry') {
    const afterMs = typeof message.afterMs === 'number' && message.afterMs >= 0 ? message.afterMs : undefined;
    return afterMs === undefined ? { status: 'retry', reason: 'ws_retry' } : { status: 'retry', reason: 'ws_retry', afterMs };
  }
  if (message.type !== 'error') return { status: 'retry', reason: 'ws_unexpected' };
  const status = typeof message.status === 'number' ? message.status : 500;
  if (status === 413) return { status: 'rejected', reason: 'too_large' };
  if (status === 408 || status === 429 || status >= 500) return { status: 'retry', reason: `ws_${status}` };
  return { status: 'rejected', reason: `ws_${status}` };
}
