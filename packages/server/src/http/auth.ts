import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { ERROR_CODES, ServerError } from '../errors';
import type { KeyKind, KeyRecord } from '../keys/key-types';
import { type RateLimiter, unlimited } from '../ops/rate-limiter';
import { RetryLaterError } from './retry-later';

/** What the HTTP layer needs from keys: an active record for a key, or nothing. */
export interface KeyResolver {
  resolve(key: string): Promise<KeyRecord | undefined>;
}

export interface Auth {
  /**
   * A hook that admits only an active key of `kind`. Write keys are public and may come in
   * `?key=` (sendBeacon cannot set headers); read keys are secrets and never go in URLs.
   */
  require(kind: KeyKind): onRequestAsyncHookHandler;
  /** The project of a request admitted by `require`. */
  projectOf(request: FastifyRequest): string;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function keyFromHeaders(request: FastifyRequest): string | undefined {
  const header = request.headers['x-sightline-key'];
  if (typeof header === 'string' && header !== '') return header.trim();
  const bearer = BEARER.exec(request.headers.authorization ?? '');
  return bearer?.[1];
}

function keyFromQuery(request: FastifyRequest): string | undefined {
  const key = (request.query as Record<string, unknown> | undefined)?.key;
  return typeof key === 'string' && key !== '' ? key : undefined;
}

function missingKeyMessage(kind: KeyKind, request: FastifyRequest): string {
  if (kind === 'write') return 'a write key is required: header x-sightline-key, Authorization: Bearer, or ?key=';
  const inUrl = keyFromQuery(request) !== undefined ? ' (read keys are not accepted in the URL)' : '';
  return `a read key is required: header x-sightline-key or Authorization: Bearer${inUrl}`;
}

/**
 * The active record of `key` if it is of `kind` and, when the client names a project, belongs to
 * it; else the refusal. Shared by HTTP routes and WebSocket handshakes.
 */
export async function checkKey(
  keys: KeyResolver,
  key: string,
  kind: KeyKind,
  claimedProject?: string,
): Promise<KeyRecord> {
  const record = await keys.resolve(key);
  if (!record) throw new ServerError(ERROR_CODES.invalidKey, 'the key is unknown or revoked');
  if (record.kind !== kind) {
    throw new ServerError(ERROR_CODES.wrongKeyKind, `this route needs a ${kind} key, but a ${record.kind} key was given`);
  }
  if (claimedProject !== undefined && claimedProject !== record.projectId) {
    throw new ServerError(ERROR_CODES.invalidKey, `the key is not a key of project "${claimedProject}"`);
  }
  return record;
}

/** Throws 429 when `key` is over its rate; every key has its own bucket. */
export function checkRate(limiter: RateLimiter, key: string): void {
  const waitMs = limiter.take(key);
  if (waitMs > 0) {
    throw new RetryLaterError(ERROR_CODES.rateLimited, 'too many requests for this key; retry later', waitMs);
  }
}

/** A client may name the project it means to reach; a key of any other project is then refused. */
function claimedProjectOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-sightline-project'];
  if (typeof header === 'string' && header !== '') return header;
  const query = (request.query as Record<string, unknown> | undefined)?.project;
  return typeof query === 'string' && query !== '' ? query : undefined;
}

export function createAuth(keys: KeyResolver, limiter: RateLimiter = unlimited): Auth {
  const admitted = new WeakMap<FastifyRequest, KeyRecord>();
  return {
    require(kind) {
      return async (request) => {
        const key = keyFromHeaders(request) ?? (kind === 'write' ? keyFromQuery(request) : undefined);
        if (key === undefined) throw new ServerError(ERROR_CODES.missingKey, missingKeyMessage(kind, request));
        const record = await checkKey(keys, key, kind, claimedProjectOf(request));
        checkRate(limiter, key);
        admitted.set(request, record);
      };
    },
    projectOf(request) {
      const record = admitted.get(request);
      if (!record) throw new Error('projectOf called on a request that no key hook admitted');
      return record.projectId;
    },
  };
}
