import type { DuckDBAppender } from '@duckdb/node-api';
import type { SightlineEvent } from '@sightline/core';
import { deriveColumns, type DerivedColumns } from '../derived-columns';

type Value = string | number | undefined;

interface Column {
  name: string;
  /** What a value must be for `append` to take it (undefined is stored as NULL). */
  accepts(value: Value): boolean;
  append(appender: DuckDBAppender, value: Value): void;
  pick(event: SightlineEvent, receivedAt: number, projectId: string, derived: DerivedColumns, text?: string): Value;
}

const orNull =
  <V extends string | number>(append: (appender: DuckDBAppender, value: V) => void) =>
  (appender: DuckDBAppender, value: Value) =>
    value === undefined ? appender.appendNull() : append(appender, value as V);

const text = orNull<string>((a, v) => a.appendVarchar(v));
const bigint = orNull<number>((a, v) => a.appendBigInt(BigInt(v)));
const double = orNull<number>((a, v) => a.appendDouble(v));

const ACCEPTS = new Map<Column['append'], Column['accepts']>([
  [text, (v) => typeof v === 'string'],
  [bigint, (v) => Number.isSafeInteger(v)],
  [double, (v) => typeof v === 'number' && Number.isFinite(v)],
]);

const column = (name: string, append: Column['append'], pick: Column['pick']): Column => ({
  name,
  append,
  pick,
  accepts: (value) => value === undefined || (ACCEPTS.get(append) as Column['accepts'])(value),
});

/** The `events` table, column by column, in table order: how one event becomes one row. */
export const EVENT_COLUMNS: readonly Column[] = [
  column('project_id', text, (_e, _r, projectId) => projectId),
  column('id', text, (e) => e.id),
  column('type', text, (e) => e.type),
  column('name', text, (e) => e.name),
  column('ts', bigint, (e) => e.ts),
  column('session_id', text, (e) => e.sessionId),
  column('anonymous_id', text, (e) => e.anonymousId),
  column('user_id', text, (e) => e.userId),
  column('url', text, (e) => e.page.url),
  column('path', text, (e) => e.page.path),
  column('title', text, (e) => e.page.title),
  column('referrer', text, (e) => e.page.referrer),
  column('viewport_w', bigint, (e) => e.page.viewport.w),
  column('viewport_h', bigint, (e) => e.page.viewport.h),
  column('doc_height', bigint, (e) => e.page.docHeight),
  column('target_selector', text, (e) => e.target?.selector),
  column('target_tag', text, (e) => e.target?.tag),
  column('target_text', text, (e) => e.target?.text),
  column('target_href', text, (e) => e.target?.href),
  column('page_x', double, (e) => e.pos?.pageX),
  column('page_y', double, (e) => e.pos?.pageY),
  column('rel_x', double, (e) => e.pos?.relX),
  column('rel_y', double, (e) => e.pos?.relY),
  column('props', text, (e) => (e.props === undefined ? undefined : JSON.stringify(e.props))),
  column('event', text, (e, _r, _p, _d, json) => json ?? JSON.stringify(e)),
  column('received_at', bigint, (_e, receivedAt) => receivedAt),
  // Added by migration 2, so they come after the original columns in table order.
  ...(['pointer', 'utm_source', 'utm_medium', 'utm_campaign', 'referrer_domain', 'country'] as const).map((name) =>
    column(name, text, (_e, _r, _p, derived) => derived[name]),
  ),
];

export const EVENT_COLUMN_LIST = EVENT_COLUMNS.map((c) => c.name).join(', ');

/**
 * The first column of the event's row that the appender would refuse, or undefined. Checked
 * before a batch is acknowledged, since the rows are built only when it is loaded.
 */
export function unstorableColumn(event: SightlineEvent, receivedAt: number, projectId: string): string | undefined {
  return CHECKED_COLUMNS.find((c) => !c.accepts(c.pick(event, receivedAt, projectId, ALWAYS_TEXT)))?.name;
}

// Derived columns and JSON texts are strings by construction; the rest come from the client.
const ALWAYS_TEXT: DerivedColumns = { pointer: '', utm_source: '', utm_medium: '', utm_campaign: '', referrer_domain: '', country: '' };
const CHECKED_COLUMNS = EVENT_COLUMNS.filter((c) => c.name !== 'props' && c.name !== 'event');

export function appendEvent(
  appender: DuckDBAppender,
  event: SightlineEvent,
  receivedAt: number,
  projectId: string,
  country = '',
  json?: string,
): void {
  const derived = deriveColumns(event, country);
  for (const c of EVENT_COLUMNS) c.append(appender, c.pick(event, receivedAt, projectId, derived, json));
  appender.endRow();
}
