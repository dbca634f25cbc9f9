import type { SqlReader } from '../store/event-store';
import { matcherSql } from './matcher';
import { num, type QueryScope, scopeWhere } from './scope';
import { ELEMENT_SIGNALS } from './signals';

export interface FrustratedElement {
  signal: string;
  selector: string;
  /** The page, when asked for per page (`byPage`): the same element on two pages is two rows. */
  path?: string;
  /** A sample of the element's text and tag, as last seen. */
  tag: string | null;
  text: string | null;
  count: number;
  sessions: number;
}

/**
 * The elements with the most rage, dead and error clicks, top `limit` per signal; with `byPage`,
 * per element and page, so a site-wide list can link each row to its page in one query.
 */
export async function frustrationElements(
  reader: SqlReader,
  scope: QueryScope,
  params: { url?: string; signals: readonly string[]; limit: number; byPage?: boolean },
): Promise<FrustratedElement[]> {
  const d = reader.dialect;
  const signals = params.signals.length > 0 ? params.signals : ELEMENT_SIGNALS;
  const page = params.url === undefined ? '' : ` AND ${matcherSql(d, { url: params.url })}`;
  const rows = await reader.rows(
    `SELECT type AS signal, target_selector AS selector${params.byPage ? ', path' : ''}, argMax(target_tag, ts) AS tag,
       argMax(target_text, ts) AS sample_text, count(*) AS n, count(DISTINCT session_id) AS sessions
     FROM ${d.events}
     WHERE ${scopeWhere(d, scope)}${page} AND type IN (${signals.map(d.str).join(', ')}) AND target_selector IS NOT NULL
     GROUP BY type, target_selector${params.byPage ? ', path' : ''}`,
  );
  const sorted = rows
    .map((row) => ({
      signal: String(row.signal),
      selector: String(row.selector),
      ...(params.byPage && { path: String(row.path) }),
      tag: row.tag === null || row.tag === undefined ? null : String(row.tag),
      text: row.sample_text === null || row.sample_text === undefined ? null : String(row.sample_text),
      count: num(row.n),
      sessions: num(row.sessions),
    }))
    .sort(
      (a, b) =>
        a.signal.localeCompare(b.signal) || b.count - a.count || (a.selector < b.selector ? -1 : a.selector > b.selector ? 1 : (a.path ?? '') < (b.path ?? '') ? -1 : 1),
    );
  const taken = new Map<string, number>();
  return sorted.filter((element) => {
    const n = (taken.get(element.signal) ?? 0) + 1;
    taken.set(element.signal, n);
    return n <= params.limit;
  });
}
