import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** What a country lookup sees of a request. */
export interface GeoRequest {
  ip: string;
  headers: IncomingHttpHeaders;
}

/** An ISO 3166-1 alpha-2 country for a request (`DE`), or undefined when unknown. */
export type CountryLookup = (request: GeoRequest) => string | undefined;

/**
 * Where a server gets countries from: a header set by the CDN or proxy in front of it
 * (`cf-ipcountry`, `cloudfront-viewer-country`, `x-vercel-ip-country`, nginx's GeoIP module...),
 * or a function of the request (for example over a MaxMind reader). Without either, the
 * `country` segment stays empty. The IP address itself is never stored.
 */
export interface GeoOptions {
  header?: string;
  lookup?: CountryLookup;
}

// "Unknown" and "Tor" codes that CDNs use; they are not countries.
const NOT_COUNTRIES = new Set(['XX', 'T1', 'ZZ', 'EU', 'AP']);

export function normalizeCountry(value: unknown): string {
  if (typeof value !== 'string') return '';
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) ? code : '';
}

export interface Geo {
  /** The request's country, or ''. Never throws: a failing lookup only loses the segment. */
  countryOf(request: GeoRequest): string;
  /** Headers that carry a country already looked up into an in-process request (WebSocket batches). */
  forward(country: string): Record<string, string>;
  /** The country forwarded by `forward`, or undefined for any request from outside. */
  forwarded(headers: IncomingHttpHeaders): string | undefined;
}

const FORWARD_COUNTRY = 'x-sightline-country';
const FORWARD_PROOF = 'x-sightline-forwarded';

export function createGeo(options: GeoOptions = {}, onError: (error: unknown) => void = () => undefined): Geo {
  const header = options.header?.toLowerCase();
  const lookup = options.lookup;
  // Only this process knows it, so a client cannot set its own country through these headers.
  const proof = randomBytes(16).toString('hex');
  return {
    countryOf(request) {
      try {
        if (lookup) return normalizeCountry(lookup(request));
        if (header) return normalizeCountry(request.headers[header]);
      } catch (error) {
        onError(error);
      }
      return '';
    },
    forward: (country): Record<string, string> => (country ? { [FORWARD_COUNTRY]: country, [FORWARD_PROOF]: proof } : {}),
    forwarded: (headers) => (headers[FORWARD_PROOF] === proof ? normalizeCountry(headers[FORWARD_COUNTRY]) : undefined),
  };
}
