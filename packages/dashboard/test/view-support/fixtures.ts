import type { SessionSummary, StoredEvent } from '../../src/api/types';

let n = 0;
export function storedEvent(sessionId: string, ts: number, type: string, props?: Record<string, unknown>): StoredEvent {
  n++;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    type,
    ts,
    sessionId,
    anonymousId: 'a-1',
    page: { url: 'https://shop.example/cart', path: '/cart', title: 'Cart', referrer: '', viewport: { w: 1280, h: 720 } },
    ...(type.endsWith('click') && { target: { selector: 'button.buy', tag: 'button', text: 'Buy' } }),
    ...(props && { props }),
  };
}

export function summary(sessionId: string, overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    sessionId,
    anonymousId: 'a-1',
    userId: null,
    startedAt: 1_700_000_000_000,
    endedAt: 1_700_000_060_000,
    durationMs: 60_000,
    events: 12,
    pageviews: 3,
    entryUrl: 'https://shop.example/',
    device: 'desktop',
    scores: { 'frustration.score': 72, 'engagement.score': 40, 'frustration.points10': 110 },
    signals: { rage_click: 2, dead_click: 0, error_click: 0, quick_back: 1, form_abandon: 0 },
    ...overrides,
  };
}
