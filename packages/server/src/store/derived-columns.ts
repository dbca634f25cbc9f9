import type { SightlineEvent } from '@sightline/core';

/** Columns computed from an event at insert time, so segment filters never parse JSON or URLs. */
export interface DerivedColumns {
  /** `props.pointer` of the event (`coarse` for touch, `fine` for a mouse), or ''. */
  pointer: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  /** Host of the referrer without `www.`, or '' when there is none or it is the page's own host. */
  referrer_domain: string;
  /** ISO country code from the server's geo lookup, or ''. */
  country: string;
}

/** Host without `www.`, lowercased; undefined when `url` does not parse. */
const hostOf = (url: URL | undefined): string | undefined => url?.hostname.toLowerCase().replace(/^www\./, '');

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const POINTERS = new Set(['coarse', 'fine']);

/** `props.pointer` when it is `coarse` or `fine`, else ''. */
export function pointerOf(event: SightlineEvent): string {
  const pointer = event.props?.pointer;
  return typeof pointer === 'string' && POINTERS.has(pointer) ? pointer : '';
}

// Each URL is parsed once: this runs for every stored event.
export function deriveColumns(event: SightlineEvent, country = ''): DerivedColumns {
  const page = parse(event.page.url);
  const params = page?.searchParams;
  const referrer = event.page.referrer === '' ? undefined : hostOf(parse(event.page.referrer));
  return {
    pointer: pointerOf(event),
    utm_source: (params?.get('utm_source') ?? '').slice(0, 256),
    utm_medium: (params?.get('utm_medium') ?? '').slice(0, 256),
    utm_campaign: (params?.get('utm_campaign') ?? '').slice(0, 256),
    referrer_domain: referrer === undefined || referrer === hostOf(page) ? '' : referrer,
    country,
  };
}
