import { ERROR_CODES, ServerError } from '../errors';

/** Retry-After when the store gives no better estimate: long enough to not hammer it. */
export const STORE_RETRY_AFTER_MS = 1000;

/** A refusal the client should retry, no earlier than `retryAfterMs` (429 and 503). */
export class RetryLaterError extends ServerError {
  readonly retryAfterMs: number;

  constructor(code: ServerError['code'], message: string, retryAfterMs: number) {
    super(code, message);
    this.retryAfterMs = retryAfterMs;
  }
}

export const isRetryLater = (error: unknown): error is RetryLaterError => error instanceof RetryLaterError;

/** Retry-After is in whole seconds; round up so a client never comes back too early. */
export const retryAfterSeconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

/**
 * What an insert failure means to the client. Only a refusal the server understands (such as
 * validation) is final; anything else is the store being unreachable, and the batch must be
 * sent again rather than acknowledged and lost.
 */
export function storeFailure(error: unknown): ServerError {
  if (error instanceof ServerError && error.code !== ERROR_CODES.storeClosed) return error;
  return new RetryLaterError(ERROR_CODES.unavailable, 'the event store is unavailable; retry later', STORE_RETRY_AFTER_MS);
}
