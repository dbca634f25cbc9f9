import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { ChunkEncoding } from './chunk-props';

/** Largest text one chunk may inflate to; the SDK's chunks inflate to about 100 KB. */
export const MAX_CHUNK_TEXT_BYTES = 4 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export class ChunkDecodeError extends Error {}

const inflate = promisify(gunzip);

/**
 * The NDJSON text of one chunk: base64 of gzip, or the text itself. A piece of a longer line is
 * fine here (an event may span chunks); what is refused is data that is not what its
 * encoding says, or that inflates past the cap (a gzip bomb stops at the cap). Inflating runs
 * on libuv's thread pool, off the event loop.
 */
export async function decodeChunk(data: string, encoding: ChunkEncoding): Promise<string> {
  if (encoding === 'json') return data;
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new ChunkDecodeError('is not base64');
  let bytes: Buffer;
  try {
    bytes = await inflate(Buffer.from(data, 'base64'), { maxOutputLength: MAX_CHUNK_TEXT_BYTES });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ChunkDecodeError(`inflates to more than ${MAX_CHUNK_TEXT_BYTES} bytes`);
    throw new ChunkDecodeError('is not gzip data');
  }
  return bytes.toString('utf8');
}
