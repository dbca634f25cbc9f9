import { ApiError, type Api } from '../api/client';

/**
 * A recorded page to draw heat over: the rrweb meta and full-snapshot events of one session
 * that saw the URL at this viewport class, with the recorded viewport size.
 */
export interface PageSnapshot {
  sessionId: string;
  ts: number;
  width: number;
  height: number;
  href: string;
  events: unknown[];
}

/** The latest recorded snapshot of a page, or null when none was recorded (404). */
export async function fetchPageSnapshot(api: Api, url: string, device: string): Promise<PageSnapshot | null> {
  try {
    const snapshot = await api.get<PageSnapshot>('/v1/replay/snapshot', { url, device });
    return Array.isArray(snapshot.events) && snapshot.events.length >= 2 ? snapshot : null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
