import { UNLOAD_BODY_LIMIT, type Batch, type SendResult, type Transport, type TransportFactory } from '@sightline/core';
import { classifyResponse } from './classify';
import { COMPRESS_MIN_BYTES, gzip } from './compress';
import { CONTENT_TYPE, encodeBatch } from './encode';
import { createKeepaliveBudget, KEEPALIVE_BUDGET_BYTES } from './keepalive-budget';

export interface HttpTransportOptions {
  /** Overrides the client's `endpoint`. */
  endpoint?: string;
  /** Default `/v1/batch`. */
  path?: string;
  /** Give up on a request after this long. Default 10 s. */
  timeoutMs?: number;
  /** gzip normal (not page-hide) bodies where the browser can. Default true. */
  compress?: boolean;
  /** A `fetch` to use instead of the page's. */
  fetch?: typeof fetch;
}

/**
 * Batches over HTTP. Normal sends are gzipped (`Content-Encoding: gzip`) and use `keepalive`
 * when they fit the browser's keepalive budget, so they outlive the page. Page-hide sends stay
 * plain `text/plain` with the key in the query string: CORS-simple, so no preflight has to
 * complete while the page unloads. Where a keepalive fetch is refused, `sendBeacon` carries it,
 * and the batch stays queued until a later send is confirmed.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): TransportFactory {
  return (context) => {
    const endpoint = (options.endpoint ?? context.endpoint ?? '').replace(/\/+$/, '');
    const url = `${endpoint}${options.path ?? '/v1/batch'}?key=${encodeURIComponent(context.projectKey)}`;
    const timeoutMs = options.timeoutMs ?? 10_000;
    const compress = options.compress ?? true;
    const budget = createKeepaliveBudget();
    if (!endpoint) context.onError(new Error('transport-http: no endpoint; set `endpoint` on createClient or createHttpTransport'));

    const fetchImpl = (): typeof fetch | undefined => {
      if (options.fetch) return options.fetch;
      const candidate = (context.env?.window as { fetch?: typeof fetch } | undefined)?.fetch ?? globalThis.fetch;
      return typeof candidate === 'function' ? candidate.bind(globalThis) : undefined;
    };

    const beacon = (body: string): boolean => {
      try {
        const nav = context.env?.navigator;
        return typeof nav?.sendBeacon === 'function' && nav.sendBeacon(url, body);
      } catch {
        return false;
      }
    };

    const post = async (body: string | Uint8Array, bytes: number, headers: Record<string, string>, wantKeepalive: boolean): Promise<SendResult> => {
      const doFetch = fetchImpl();
      if (!doFetch) return { status: 'retry', reason: 'no_fetch' };
      const release = wantKeepalive ? budget.reserve(bytes) : undefined;
      // Every request gets a deadline, keepalive ones too: a request that never settles would
      // otherwise hold up delivery for good. (After unload no timer runs, so unload sends are unaffected.)
      const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
      const timer = controller ? context.clock.setTimeout(() => controller.abort(), timeoutMs) : undefined;
      try {
        const response = await doFetch(url, {
          method: 'POST',
          body: body as BodyInit,
          headers,
          keepalive: release !== undefined,
          credentials: 'omit',
          signal: controller?.signal,
        });
        return classifyResponse(response.status, response.headers.get('retry-after'), context.clock.now());
      } catch {
        return { status: 'retry', reason: 'network' };
      } finally {
        release?.();
        if (timer !== undefined) context.clock.clearTimeout(timer);
      }
    };

    const sendNormal = async (body: string, bytes: number): Promise<SendResult> => {
      if (compress && bytes >= COMPRESS_MIN_BYTES) {
        const packed = await gzip(body);
        if (packed && packed.length < bytes) {
          return post(packed, packed.length, { 'content-type': CONTENT_TYPE, 'content-encoding': 'gzip' }, packed.length <= UNLOAD_BODY_LIMIT);
        }
      }
      return post(body, bytes, { 'content-type': CONTENT_TYPE }, bytes <= UNLOAD_BODY_LIMIT);
    };

    const sendAtPageHide = async (body: string, bytes: number): Promise<SendResult> => {
      if (bytes > UNLOAD_BODY_LIMIT || budget.inFlight + bytes > KEEPALIVE_BUDGET_BYTES) return { status: 'retry', reason: 'unload_budget' };
      // A keepalive fetch reports the outcome when the page survives (a tab switch); where the
      // browser refuses it, a beacon still gets the body out. A queued beacon is not a stored
      // batch (it can fail later, offline): the events stay in the outbox and are sent again on
      // the next flush or visit, and the server de-duplicates them if the beacon did arrive.
      const result = await post(body, bytes, { 'content-type': CONTENT_TYPE }, true);
      if (result.status === 'retry' && result.reason === 'network' && beacon(body)) return { status: 'retry', reason: 'beacon_queued' };
      return result;
    };

    const transport: Transport = {
      name: 'http',
      async send(batch: Batch, { urgent }) {
        if (!endpoint) return { status: 'retry', reason: 'no_endpoint' };
        const { body, bytes } = encodeBatch(batch);
        return urgent ? sendAtPageHide(body, bytes) : sendNormal(body, bytes);
      },
    };
    return transport;
  };
}
