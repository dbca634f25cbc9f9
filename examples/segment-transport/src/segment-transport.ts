import { UNLOAD_BODY_LIMIT, type SightlineEvent, type TransportFactory } from '@sightline/core';
import { classifyResponse } from '@sightline/transport-http';
import { toSegmentBatch } from './to-segment';

export interface SegmentTransportOptions {
  /** The Segment source's write key (sent as HTTP Basic auth, as Segment's tracking API expects). */
  writeKey: string;
  /** Default `https://api.segment.io`; `https://events.eu1.segmentapis.com` for the EU, or any compatible endpoint. */
  endpoint?: string;
  /** Which events to forward. Default all of them. */
  include?: (event: SightlineEvent) => boolean;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/** Segment refuses batches over 500 KB. */
const SEGMENT_BATCH_LIMIT = 500_000;

/**
 * Sends Sightline batches to Segment's `POST /v1/batch`. The transport only reports what
 * happened; core retries, splits batches rejected as `too_large`, and keeps events in its outbox
 * until one is `delivered`.
 */
export function createSegmentTransport(options: SegmentTransportOptions): TransportFactory {
  return (context) => {
    const url = `${(options.endpoint ?? 'https://api.segment.io').replace(/\/+$/, '')}/v1/batch`;
    const authorization = `Basic ${btoa(`${options.writeKey}:`)}`;
    const include = options.include ?? (() => true);
    return {
      name: 'segment',
      async send(batch, { urgent }) {
        const body = JSON.stringify(toSegmentBatch(batch, include));
        const bytes = new TextEncoder().encode(body).length;
        if (bytes > SEGMENT_BATCH_LIMIT) return { status: 'rejected', reason: 'too_large' };
        const doFetch = options.fetch ?? globalThis.fetch;
        try {
          const response = await doFetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization },
            body,
            // At page hide only a keepalive request outlives the page, and only a small one.
            keepalive: urgent && bytes <= UNLOAD_BODY_LIMIT,
          });
          return classifyResponse(response.status, response.headers.get('retry-after'), context.clock.now());
        } catch (error) {
          // Offline, DNS, CORS, or the page went away: nothing was stored, so try again later.
          return { status: 'retry', reason: `network: ${(error as Error)?.message ?? error}` };
        }
      },
    };
  };
}
