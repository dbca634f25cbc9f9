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

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
};

function searchParams(url: string): URLSearchParams | undefined {
  try {
    return new URL(url).searchParams;
  } catch {
    return undefined;
  }
}

const POINTERS = new Set(['coarse', 'fine']);

export function deriveColumns(event: SightlineEvent, country = ''): DerivedColumns {
  const params = searchParams(event.page.url);
  const pointer = event.props?.pointer;
  const referrer = event.page.referrer === '' ? undefined : hostOf(event.page.referrer);
  return {
    pointer: typeof pointer === 'string' && POINTERS.has(pointer) ? pointer : '',
    utm_source: (params?.get('utm_source') ?? '').slice(0, 256),
    utm_medium: (params?.get('utm_medium') ?? '').slice(0, 256),
    utm_campaign: (params?.get('utm_campaign') ?? '').slice(0, 256),
    referrer_domain: referrer === undefined || referrer === hostOf(event.page.url) ? '' : referrer,
    country,
  };
}
