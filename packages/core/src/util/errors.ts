/** Error codes the SDK reports through `onError`. Stable: apps may branch on them. */
export type SightlineErrorCode =
  | 'SL_INVALID_OPTIONS'
  | 'SL_INVALID_ARGUMENT'
  | 'SL_NO_TRANSPORT'
  | 'SL_PLUGIN_FAILED'
  | 'SL_STORAGE_UNAVAILABLE'
  | 'SL_TRANSPORT_FAILED'
  | 'SL_INTERNAL';

export class SightlineError extends Error {
  readonly code: SightlineErrorCode;
  override readonly cause: unknown;

  constructor(code: SightlineErrorCode, message: string, cause?: unknown) {
    super(message);
    this.name = 'SightlineError';
    this.code = code;
    this.cause = cause;
  }
}

export function toSightlineError(error: unknown, code: SightlineErrorCode = 'SL_INTERNAL'): SightlineError {
  if (error instanceof SightlineError) return error;
  // Some DOMExceptions (an exhausted quota) carry an empty message: fall back to their name.
  const named = error as { message?: unknown; name?: unknown } | null;
  const message =
    (typeof named?.message === 'string' && named.message) || (typeof named?.name === 'string' && named.name) || String(error) || 'unknown error';
  return new SightlineError(code, message, error);
}
