import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CODES, type ErrorCode, isServerError } from '../errors';
import { isRetryLater, retryAfterSeconds, STORE_RETRY_AFTER_MS } from './retry-later';
import { describeIssue, type SchemaIssue } from './validation-message';

const STATUS: Record<ErrorCode, number> = {
  SL_ERR_MALFORMED_JSON: 400,
  SL_ERR_VALIDATION: 400,
  SL_ERR_MISSING_KEY: 401,
  SL_ERR_INVALID_KEY: 401,
  SL_ERR_WRONG_KEY_KIND: 403,
  SL_ERR_BAD_REQUEST: 400,
  SL_ERR_NOT_FOUND: 404,
  SL_ERR_TOO_LARGE: 413,
  SL_ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  SL_ERR_INTERNAL: 500,
  SL_ERR_UNAVAILABLE: 503,
  SL_ERR_RATE_LIMITED: 429,
  SL_ERR_ORIGIN_NOT_ALLOWED: 403,
  SL_ERR_STORE_CLOSED: 503,
  SL_ERR_STORE_IN_USE: 503,
  SL_ERR_BAD_OPTION: 500,
  SL_ERR_KEY_CONFLICT: 500,
};

/** The HTTP status of an error code, also used in WebSocket error frames and close codes. */
export const statusOf = (code: ErrorCode): number => STATUS[code];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

interface Mapped {
  status: number;
  body: ErrorBody;
}

const reply = (code: ErrorCode, message: string, field?: string): Mapped => ({
  status: STATUS[code],
  body: { error: field === undefined ? { code, message } : { code, message, field } },
});

const ACCEPTED_TYPES = 'send application/json or text/plain';

/** Fastify's own errors, by code, in the server's vocabulary. */
function mapFastifyError(error: FastifyError, request: FastifyRequest, bodyLimit: number): Mapped | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return reply(ERROR_CODES.tooLarge, `the body is over the limit of ${bodyLimit} bytes`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const type = request.headers['content-type'];
      return reply(
        ERROR_CODES.unsupportedMediaType,
        type ? `content-type ${type} is not supported; ${ACCEPTED_TYPES}` : `a content-type is required; ${ACCEPTED_TYPES}`,
      );
    }
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return reply(ERROR_CODES.malformedJson, 'the body length does not match content-length');
    default:
      return undefined;
  }
}

export function toErrorReply(error: FastifyError, request: FastifyRequest, bodyLimit: number): Mapped {
  if (isServerError(error)) return reply(error.code, error.message, error.field);
  const issue = error.validation?.[0] as SchemaIssue | undefined;
  if (issue) {
    const { message, field } = describeIssue(issue);
    return reply(ERROR_CODES.validation, message, field);
  }
  const mapped = mapFastifyError(error, request, bodyLimit);
  if (mapped) return mapped;
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return { status, body: { error: { code: ERROR_CODES.badRequest, message: error.message } } };
  }
  return reply(ERROR_CODES.internal, 'the server failed to handle the request');
}

// A body up to 16 times the limit is cheaper to read and discard than a new connection.
const DRAIN_FACTOR = 16;

/**
 * Fastify closes the connection after any body error, in case the client keeps sending. Browsers
 * then pay a new handshake for the next batch; so when the rest of the body is already in, or is
 * small enough to read and discard, the connection stays open. Node discards the unread rest.
 */
function keepAliveAfterBodyError(request: FastifyRequest, reply: FastifyReply, bodyLimit: number): void {
  if (reply.getHeader('connection') !== 'close') return;
  const declared = Number(request.headers['content-length']);
  if (request.raw.complete || (Number.isInteger(declared) && declared <= bodyLimit * DRAIN_FACTOR)) {
    reply.removeHeader('connection');
  }
}

export function registerErrorReplies(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, res) => {
    keepAliveAfterBodyError(request, res, bodyLimit);
    const { status, body } = toErrorReply(error, request, bodyLimit);
    if (isRetryLater(error)) res.header('retry-after', retryAfterSeconds(error.retryAfterMs));
    else if (status === 503) res.header('retry-after', retryAfterSeconds(STORE_RETRY_AFTER_MS));
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return res.status(status).send(body);
  });
  app.setNotFoundHandler((request, res) =>
    res.status(404).send({
      error: { code: ERROR_CODES.notFound, message: `no route for ${request.method} ${request.url.split('?')[0]}` },
    }),
  );
}
