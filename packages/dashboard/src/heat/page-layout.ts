import type { Api, QueryParams } from '../api/client';
import type { DeviceClass, SessionSummary, StoredEvent } from '../api/types';

/** Where an element was clicked on the page, averaged over the sampled clicks. */
export interface ElementSpot {
  selector: string;
  x: number;
  y: number;
  clicks: number;
  /** The element's box in page px, as last recorded. */
  rect?: { x: number; y: number; width: number; height: number };
}

/** A page's shape without a recording: its width, fold and length, and where elements sit. */
export interface PageLayout {
  width: number;
  viewportHeight: number;
  docHeight: number;
  spots: ElementSpot[];
  /** Sessions the shape was read from; 0 means typical sizes for the device class. */
  sampled: number;
}

export const TYPICAL_VIEWPORT: Record<DeviceClass, { width: number; height: number }> = {
  mobile: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1280, height: 800 },
};

const SAMPLE_SESSIONS = 3;

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The page's shape from its events: median viewport, tallest document, mean click spot per selector. */
export function layoutFromEvents(events: readonly StoredEvent[], matches: (event: StoredEvent) => boolean, device: DeviceClass): PageLayout {
  const onPage = events.filter(matches);
  const typical = TYPICAL_VIEWPORT[device];
  const widths = onPage.map((e) => e.page.viewport.w).filter((w) => w > 0);
  const heights = onPage.map((e) => e.page.viewport.h).filter((h) => h > 0);
  const width = median(widths) ?? typical.width;
  const viewportHeight = median(heights) ?? typical.height;
  let docHeight = viewportHeight;
  const sums = new Map<string, { x: number; y: number; clicks: number; rect?: ElementSpot['rect'] }>();
  for (const event of onPage) {
    if (event.page.docHeight) docHeight = Math.max(docHeight, event.page.docHeight);
    if (event.pos) docHeight = Math.max(docHeight, event.pos.pageY + 40);
    if (event.type !== 'click' || !event.target?.selector || !event.pos) continue;
    const sum = sums.get(event.target.selector) ?? { x: 0, y: 0, clicks: 0 };
    sum.x += event.pos.pageX;
    sum.y += event.pos.pageY;
    sum.clicks += 1;
    const rect = event.target.rect;
    if (rect) sum.rect = { x: rect.x, y: rect.y, width: rect.w, height: rect.h };
    sums.set(event.target.selector, sum);
  }
  const spots = [...sums].map(([selector, s]) => ({
    selector,
    x: s.x / s.clicks,
    y: s.y / s.clicks,
    clicks: s.clicks,
    ...(s.rect && { rect: s.rect }),
  }));
  const sessions = new Set(onPage.map((e) => e.sessionId)).size;
  return { width, viewportHeight, docHeight, spots, sampled: sessions };
}

/** `url` as the API matches it: a path when it starts with `/`, else the URL without its query; `*` is a wildcard. */
export function urlMatcher(url: string): (event: StoredEvent) => boolean {
  const pattern = new RegExp(`^${url.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return url.startsWith('/') ? (e) => pattern.test(e.page.path) : (e) => pattern.test(e.page.url.split('?')[0] ?? '');
}

/**
 * Reads a few recent sessions on the page to shape the screenshot-free fallback. Only used
 * when no snapshot was recorded, so its extra requests are the exception.
 */
export async function sampleLayout(api: Api, url: string, device: DeviceClass, scope: QueryParams): Promise<PageLayout> {
  const { sessions } = await api.get<{ sessions: SessionSummary[] }>('/v1/query/sessions', {
    ...scope,
    device,
    url,
    limit: SAMPLE_SESSIONS,
  });
  const lists = await Promise.all(
    sessions.map((s) => api.get<{ events: StoredEvent[] }>('/v1/query/session-events', { sessionId: s.sessionId, limit: 2000 })),
  );
  return layoutFromEvents(
    lists.flatMap((l) => l.events),
    urlMatcher(url),
    device,
  );
}
