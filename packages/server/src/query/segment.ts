import type { Dialect } from './dialect';
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
  return dialect.segmentTables
    ? storedSegmentFilter(dialect, dialect.segmentTables, projectId, segment)
    : computedSegmentFilter(dialect, projectId, segment);
}

/** Conditions on the columns of the stored session attributes, one per segment parameter. */
function segmentConditions(dialect: Dialect, segment: Segment): string[] {
  const s = dialect.str;
  const conditions: string[] = [];
  if (segment.device) conditions.push(`${deviceClassSql('viewport_w')} = ${s(segment.device)}`);
  if (segment.pointer) conditions.push(`pointer = ${s(segment.pointer)}`);
  if (segment.utmSource !== undefined) conditions.push(`utm_source = ${s(segment.utmSource)}`);
  if (segment.utmMedium !== undefined) conditions.push(`utm_medium = ${s(segment.utmMedium)}`);
  if (segment.utmCampaign !== undefined) conditions.push(`utm_campaign = ${s(segment.utmCampaign)}`);
  if (segment.referrer !== undefined) {
    const domain = segment.referrer === 'direct' ? '' : segment.referrer.toLowerCase();
    conditions.push(`referrer_domain = ${s(domain)}`);
  }
  if (segment.country !== undefined) conditions.push(`country = ${s(segment.country.toUpperCase())}`);
  return conditions;
}

/** Reads the attributes kept at insert: one row per session instead of all history. */
function storedSegmentFilter(
  dialect: Dialect,
  tables: { sessions: string; visitors: string },
  projectId: string,
  segment: Segment,
): string {
  const project = `project_id = ${dialect.str(projectId)}`;
  const conditions = segmentConditions(dialect, segment);
  const filters: string[] = [];
  if (conditions.length > 0) {
    filters.push(`session_id IN (SELECT session_id FROM ${tables.sessions} WHERE ${project} AND ${conditions.join(' AND ')})`);
  }
  if (segment.visitor) {
    filters.push(
      `session_id ${segment.visitor === 'new' ? 'IN' : 'NOT IN'} (SELECT session_id FROM ${tables.visitors} WHERE ${project})`,
    );
  }
  return filters.map((filter) => ` AND ${filter}`).join('');
}

function computedSegmentFilter(dialect: Dialect, projectId: string, segment: Segment): string {
  const s = dialect.str;
  // Each condition names the per-session attribute it needs; only those are computed.
  const attributes = new Map<string, string>();
  const conditions: string[] = [];
  const need = (name: string, expression: string, condition: string) => {
    attributes.set(name, `${expression} AS ${name}`);
    conditions.push(condition);
  };
  if (segment.device) need('first_w', 'argMin(viewport_w, ts)', `${deviceClassSql('first_w')} = ${s(segment.device)}`);
  if (segment.pointer) need('pointer_any', 'max(pointer)', `pointer_any = ${s(segment.pointer)}`);
  for (const [key, column] of [
    ['utmSource', 'utm_source'],
    ['utmMedium', 'utm_medium'],
    ['utmCampaign', 'utm_campaign'],
  ] as const) {
    const value = segment[key];
    if (value !== undefined) need(`${column}_first`, `argMin(${column}, ts)`, `${column}_first = ${s(value)}`);
  }
  if (segment.referrer !== undefined) {
    const domain = segment.referrer === 'direct' ? '' : segment.referrer.toLowerCase();
    need('referrer_first', 'argMin(referrer_domain, ts)', `referrer_first = ${s(domain)}`);
  }
  if (segment.country !== undefined) need('country_any', 'max(country)', `country_any = ${s(segment.country.toUpperCase())}`);
  const project = `project_id = ${s(projectId)}`;
  const filters: string[] = [];
  if (conditions.length > 0) {
    filters.push(`session_id IN (
      SELECT session_id FROM (
        SELECT session_id, ${[...attributes.values()].join(', ')}
        FROM ${dialect.events} WHERE ${project} GROUP BY session_id
      ) WHERE ${conditions.join(' AND ')})`);
  }
  if (segment.visitor) {
    // A visitor's first session is new; every later one is returning.
    filters.push(`session_id ${segment.visitor === 'new' ? 'IN' : 'NOT IN'} (
      SELECT argMin(session_id, ts) FROM ${dialect.events} WHERE ${project} GROUP BY anonymous_id)`);
  }
  return filters.map((filter) => ` AND ${filter}`).join('');
}
