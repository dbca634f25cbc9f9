import type { SightlineEvent } from '@sightline/core';
import { deriveColumns } from '../derived-columns';

const MAX_DATETIME = 4_294_967_295;

/** `props.points` of a `move_heatmap` event as `[x, y, weight]` triples of finite numbers. */
function movePoints(event: SightlineEvent): number[][] {
  const points = event.type === 'move_heatmap' ? event.props?.points : undefined;
  if (!Array.isArray(points)) return [];
  return points.flatMap((point) =>
    Array.isArray(point) && point.length >= 2 && point.every((n) => typeof n === 'number' && Number.isFinite(n))
      ? [point.slice(0, 3) as number[]]
      : [],
  );
}

/** One event as a JSONEachRow row of the events table. */
export function toClickHouseRow(event: SightlineEvent, receivedAt: number, projectId: string, country = ''): Record<string, unknown> {
  return {
    project_id: projectId,
    id: event.id,
    type: event.type,
    name: event.name ?? null,
    ts: event.ts,
    // DateTime is unsigned 32-bit seconds: out-of-range client clocks are clamped, not refused.
    time: Math.min(MAX_DATETIME, Math.max(0, Math.floor(event.ts / 1000))),
    session_id: event.sessionId,
    anonymous_id: event.anonymousId,
    user_id: event.userId ?? null,
    url: event.page.url,
    path: event.page.path,
    title: event.page.title,
    referrer: event.page.referrer,
    viewport_w: event.page.viewport.w,
    viewport_h: event.page.viewport.h,
    doc_height: event.page.docHeight,
    target_selector: event.target?.selector ?? null,
    target_tag: event.target?.tag ?? null,
    target_text: event.target?.text ?? null,
    target_href: event.target?.href ?? null,
    page_x: event.pos?.pageX ?? null,
    page_y: event.pos?.pageY ?? null,
    rel_x: event.pos?.relX ?? null,
    rel_y: event.pos?.relY ?? null,
    props: event.props === undefined ? null : JSON.stringify(event.props),
    event: JSON.stringify(event),
    received_at: receivedAt,
    ...deriveColumns(event, country),
    points: movePoints(event),
  };
}
