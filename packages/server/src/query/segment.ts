import type { Dialect, SegmentTables } from './dialect';
import { oneOf, type RawQuery, text } from './params';

export const DEVICE_CLASSES = ['mobile', 'tablet', 'desktop'] as const;
export type DeviceClass = (typeof DEVICE_CLASSES)[number];

/**
 * Who a query looks at. Every field is a property of the session, taken from its first event
 * (viewport, landing URL, referrer) or from any event (pointer, country), so one visit never
 * falls into two segments.
 */
export interface Segment {
  device?: DeviceClass;
  pointer?: 'coarse' | 'fine';
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  /** Referrer host without `www.`; `direct` for sessions without an outside referrer. */
  referrer?: string;
  visitor?: 'new' | 'returning';
  country?: string;
}

export const SEGMENT_PARAMS = [
  'device',
  'pointer',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'referrer',
  'visitor',
  'country',
] as const;

export function parseSegment(query: RawQuery): Segment {
  const segment: Segment = {};
  const device = oneOf(query, 'device', DEVICE_CLASSES);
  const pointer = oneOf(query, 'pointer', ['coarse', 'fine'] as const);
  const visitor = oneOf(query, 'visitor', ['new', 'returning'] as const);
  if (device) segment.device = device;
  if (pointer) segment.pointer = pointer;
  if (visitor) segment.visitor = visitor;
  for (const name of ['utmSource', 'utmMedium', 'utmCampaign', 'referrer', 'country'] as const) {
    const value = text(query, name, 256);
    if (value !== undefined) segment[name] = value;
  }
  return segment;
}

/** mobile < 768 ≤ tablet < 1024 ≤ desktop, on `viewport_w`. */
export const deviceClassSql = (column = 'viewport_w') =>
  `CASE WHEN ${column} < 768 THEN 'mobile' WHEN ${column} < 1024 THEN 'tablet' ELSE 'desktop' END`;

/** ` AND session_id IN (...)` restricting to the segment, or '' when there is none. */
export function segmentFilter(dialect: Dialect, projectId: string, segment: Segment): string {
  return storedSegmentFilter(dialect, dialect.segmentTables, projectId, segment);
}

/** Conditions on the stored session attributes, one per segment parameter; `column` names each. */
function segmentConditions(dialect: Dialect, segment: Segment, column: (name: string) => string): string[] {
  const s = dialect.str;
  const conditions: string[] = [];
  if (segment.device) conditions.push(`${deviceClassSql(column('viewport_w'))} = ${s(segment.device)}`);
  if (segment.pointer) conditions.push(`${column('pointer')} = ${s(segment.pointer)}`);
  if (segment.utmSource !== undefined) conditions.push(`${column('utm_source')} = ${s(segment.utmSource)}`);
  if (segment.utmMedium !== undefined) conditions.push(`${column('utm_medium')} = ${s(segment.utmMedium)}`);
  if (segment.utmCampaign !== undefined) conditions.push(`${column('utm_campaign')} = ${s(segment.utmCampaign)}`);
  if (segment.referrer !== undefined) {
    const domain = segment.referrer === 'direct' ? '' : segment.referrer.toLowerCase();
    conditions.push(`${column('referrer_domain')} = ${s(domain)}`);
  }
  if (segment.country !== undefined) conditions.push(`${column('country')} = ${s(segment.country.toUpperCase())}`);
  return conditions;
}

/** The session attributes taken from its first event, in the order of the tuple ClickHouse stores. */
export const FIRST_EVENT_COLUMNS: readonly string[] = ['viewport_w', 'utm_source', 'utm_medium', 'utm_campaign', 'referrer_domain'];

/** Reads the attributes kept at insert: one row (or one merged state) per session instead of all history. */
function storedSegmentFilter(dialect: Dialect, tables: SegmentTables, projectId: string, segment: Segment): string {
  const project = `project_id = ${dialect.str(projectId)}`;
  const filters: string[] = [];
  if (tables.states) {
    const column = (name: string) =>
      FIRST_EVENT_COLUMNS.includes(name) ? `tupleElement(first_values, ${FIRST_EVENT_COLUMNS.indexOf(name) + 1})` : `${name}_any`;
    const conditions = segmentConditions(dialect, segment, column);
    if (conditions.length > 0) {
      filters.push(`session_id IN (SELECT session_id FROM (
        SELECT session_id, argMinMerge(first_event) AS first_values, maxMerge(pointer_max) AS pointer_any,
          maxMerge(country_max) AS country_any
        FROM ${tables.sessions} WHERE ${project} GROUP BY session_id
      ) WHERE ${conditions.join(' AND ')})`);
    }
  } else {
    const conditions = segmentConditions(dialect, segment, (name) => name);
    if (conditions.length > 0) {
      filters.push(`session_id IN (SELECT session_id FROM ${tables.sessions} WHERE ${project} AND ${conditions.join(' AND ')})`);
    }
  }
  if (segment.visitor) {
    const firstSessions = tables.states
      ? `SELECT argMinMerge(first_session) FROM ${tables.visitors} WHERE ${project} GROUP BY anonymous_id`
      : `SELECT session_id FROM ${tables.visitors} WHERE ${project}`;
    filters.push(`session_id ${segment.visitor === 'new' ? 'IN' : 'NOT IN'} (${firstSessions})`);
  }
  return filters.map((filter) => ` AND ${filter}`).join('');
}
