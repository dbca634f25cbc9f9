import type { Batch, SightlineEvent } from '@sightline/core';

/** One message of Segment's `POST /v1/batch` body. */
export interface SegmentMessage {
  type: 'track' | 'page' | 'identify';
  messageId: string;
  timestamp: string;
  anonymousId: string;
  userId?: string;
  event?: string;
  name?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  context: {
    page: { url: string; path: string; title: string; referrer: string };
    library: { name: string; version: string };
    sightline: { sessionId: string; type: string };
  };
}

export interface SegmentBatch {
  batch: SegmentMessage[];
  sentAt: string;
}

const LIBRARY = { name: 'sightline-segment-transport', version: '0.1.0' };

/**
 * A Sightline event as a Segment message: `pageview` → `page`, `identify` → `identify` (the
 * properties become traits), `custom` → `track` under its name, and every other type (click,
 * submit, tracker signals, scores) → `track` under the type. The event id is the `messageId`,
 * which Segment de-duplicates on, so a batch delivered twice is counted once.
 */
export function toSegmentMessage(event: SightlineEvent): SegmentMessage {
  const { url, path, title, referrer } = event.page;
  const base = {
    messageId: event.id,
    timestamp: new Date(event.ts).toISOString(),
    anonymousId: event.anonymousId,
    ...(event.userId !== undefined && { userId: event.userId }),
    context: { page: { url, path, title, referrer }, library: LIBRARY, sightline: { sessionId: event.sessionId, type: event.type } },
  };
  if (event.type === 'pageview') return { ...base, type: 'page', name: title, properties: { url, path, title, referrer, ...event.props } };
  if (event.type === 'identify') return { ...base, type: 'identify', traits: { ...event.props } };
  const properties: Record<string, unknown> = { ...event.props };
  if (event.target) properties.target = event.target;
  if (event.pos) properties.position = event.pos;
  return { ...base, type: 'track', event: event.type === 'custom' ? (event.name ?? 'custom') : event.type, properties };
}

export function toSegmentBatch(batch: Batch, include: (event: SightlineEvent) => boolean): SegmentBatch {
  return { batch: batch.events.filter(include).map(toSegmentMessage), sentAt: new Date(batch.sentAt).toISOString() };
}
