/** Stable error codes: clients and dashboards switch on these, so never rename one. */
export const ERROR_CODES = {
  malformedJson: 'SL_ERR_MALFORMED_JSON',
  validation: 'SL_ERR_VALIDATION',
  missingKey: 'SL_ERR_MISSING_KEY',
  invalidKey: 'SL_ERR_INVALID_KEY',
  wrongKeyKind: 'SL_ERR_WRONG_KEY_KIND',
  tooLarge: 'SL_ERR_TOO_LARGE',
  unsupportedMediaType: 'SL_ERR_UNSUPPORTED_MEDIA_TYPE',
  badRequest: 'SL_ERR_BAD_REQUEST',
  notFound: 'SL_ERR_NOT_FOUND',
  unavailable: 'SL_ERR_UNAVAILABLE',
  rateLimited: 'SL_ERR_RATE_LIMITED',
  originNotAllowed: 'SL_ERR_ORIGIN_NOT_ALLOWED',
  internal: 'SL_ERR_INTERNAL',
  badOption: 'SL_ERR_BAD_OPTION',
  keyConflict: 'SL_ERR_KEY_CONFLICT',
  storeClosed: 'SL_ERR_STORE_CLOSED',
  storeInUse: 'SL_ERR_STORE_IN_USE',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** An error the server expects and reports by code; anything else is a bug (SL_ERR_INTERNAL). */
export class ServerError extends Error {
  readonly code: ErrorCode;
  /** JSON pointer to the offending part of the request, when there is one. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ServerError';
    this.code = code;
    this.field = field;
  }
}

export const isServerError = (error: unknown): error is ServerError =>
  error instanceof ServerError;
