import { UNLOAD_BODY_LIMIT, type Batch, type SendResult, type Transport, type TransportFactory } from '@sightline/core';
import { classifyResponse } from './classify';
import { CONTENT_TYPE, encodeBatch } from './encode';

export interface HttpTransportOptions {
  /** Overrides the client's `endpoint`. */
  endpoint?: string;
  /** Default `/v1/batch`. */
  path?: string;
  /** Give up on a request after this long (not applied to unload requests). Default 10 s. */
  timeoutMs?: number;
  /** A `fetch` to use instead of the page's. */
  fetch?: typeof fetch;
}

/**
 * Batches over HTTP: `fetch` with `keepalive` for bodies that fit the browser's keepalive
 * budget (so they outlive the page), `sendBeacon` when a page-hide send cannot use fetch.
 * The write key travels in the query string, which keeps requests CORS-simple.
 */
export function createHttpTransport(options: HttpTransportOptions = {}): TransportFactory {
  return (context) => {
    const endpoint = (options.endpoint ?? context.endpoint ?? '').replace(/\/+$/, '');
    const url = `${endpoint}${options.path ?? '/v1/batch'}?key=${encodeURIComponent(context.projectKey)}`;
    const timeoutMs = options.timeoutMs ?? 10_000;
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

    const post = async (body: string, keepalive: boolean): Promise<SendResult> => {
      const doFetch = fetchImpl();
      if (!doFetch) return { status: 'retry', reason: 'no_fetch' };
      const controller = !keepalive && typeof AbortController === 'function' ? new AbortController() : undefined;
      const timer = controller ? context.clock.setTimeout(() => controller.abort(), timeoutMs) : undefined;
      try {
        const response = await doFetch(url, {
          method: 'POST',
          body,
          headers: { 'content-type': CONTENT_TYPE },
          keepalive,
          credentials: 'omit',
          signal: controller?.signal,
        });
        return classifyResponse(response.status, response.headers.get('retry-after'), context.clock.now());
      } catch {
        return { status: 'retry', reason: 'network' };
      } finally {
        if (timer !== undefined) context.clock.clearTimeout(timer);
      }
    };

    const transport: Transport = {
      name: 'http',
      async send(batch: Batch, { urgent }) {
        if (!endpoint) return { status: 'retry', reason: 'no_endpoint' };
        const { body, bytes } = encodeBatch(batch);
        const fitsUnloadBudget = bytes <= UNLOAD_BODY_LIMIT;
        if (!urgent) return post(body, fitsUnloadBudget);
        if (!fitsUnloadBudget) return { status: 'retry', reason: 'unload_budget' };
        // fetch keepalive reports the outcome when the page survives (a tab switch); where
        // keepalive fetch throws or is missing, a beacon still gets the body out.
        const result = await post(body, true);
        if (result.status === 'retry' && result.reason === 'network' && beacon(body)) return { status: 'delivered' };
        return result;
      },
    };
    return transport;
  };
}
