import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ERROR_CODES, ServerError } from '../errors';

const gunzipAsync = promisify(gunzip);

/**
 * Parses `application/json` and `text/plain` (what sendBeacon sends to skip the CORS preflight)
 * as JSON, gzip-compressed or not. Any other media type is left without a parser, so Fastify
 * answers 415. Registered inside the ingest plugin only.
 */
export function registerJsonBody(app: FastifyInstance, bodyLimit: number): void {
  app.removeAllContentTypeParsers();
  const parse = async (request: FastifyRequest, body: Buffer) => {
    const raw = await decode(request, body, bodyLimit);
    if (raw.length === 0) throw new ServerError(ERROR_CODES.malformedJson, 'the body is empty; expected a JSON batch');
    const text = raw.toString('utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new ServerError(ERROR_CODES.malformedJson, `the body is not valid JSON: ${(error as Error).message}`);
    }
    // The walk is skipped unless the key could be there, written plainly or with \u escapes.
    if ((text.includes('__proto__') || text.includes('\\u')) && hasProtoKey(parsed)) {
      throw new ServerError(ERROR_CODES.malformedJson, 'the body contains a forbidden "__proto__" key');
    }
    return parsed;
  };
  app.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'buffer', bodyLimit },
    (request: FastifyRequest, body: Buffer) => parse(request, body),
  );
}

async function decode(request: FastifyRequest, body: Buffer, bodyLimit: number): Promise<Buffer> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return body;
  if (encoding !== 'gzip') {
    throw new ServerError(
      ERROR_CODES.unsupportedMediaType,
      `content-encoding ${encoding} is not supported; send gzip or no encoding`,
    );
  }
  try {
    // The limit holds for the inflated body too, so a small bomb cannot expand past it.
    return await gunzipAsync(body, { maxOutputLength: bodyLimit });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new ServerError(ERROR_CODES.tooLarge, `the inflated body is over the limit of ${bodyLimit} bytes`);
    }
    throw new ServerError(ERROR_CODES.malformedJson, 'the body is not valid gzip');
  }
}

// An own "__proto__" key is harmless in JSON.parse's output but poisons any later object spread.
function hasProtoKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return true;
  return Object.values(value).some(hasProtoKey);
}
