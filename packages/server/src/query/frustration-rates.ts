import type { SqlReader } from '../store/event-store';
import { INTERVALS, type Interval } from './event-counts';
import { matcherSql } from './matcher';
import { num, type QueryScope, scopeWhere } from './scope';
import { FRUSTRATION_SIGNALS, type FrustrationSignal } from './signals';
import { quoteNumber } from './sql-literal';

export interface FrustrationRateRow {
  /** Bucket start, epoch ms. */
  t: number;
  path: string;
  /** Sessions with any event on the path in the bucket: the denominator. */
  sessions: number;
  signals: Record<FrustrationSignal, { count: number; sessions: number; rate: number }>;
}

/**
 * For each path and time bucket, how many of its sessions met each frustration signal
 * (`rate` = affected sessions / sessions), so a change's before and after compare directly.
 */
export async function frustrationRates(
  reader: SqlReader,
  scope: QueryScope,
  params: { url?: string; interval: Interval },
): Promise<FrustrationRateRow[]> {
  const d = reader.dialect;
  const size = quoteNumber(INTERVALS[params.interval]);
  const page = params.url === undefined ? '' : ` AND ${matcherSql(d, { url: params.url })}`;
  const columns = FRUSTRATION_SIGNALS.flatMap((signal) => [
    `sum(CASE WHEN type = ${d.str(signal)} THEN 1 ELSE 0 END) AS ${signal}_n`,
    `count(DISTINCT CASE WHEN type = ${d.str(signal)} THEN session_id ELSE NULL END) AS ${signal}_s`,
  ]);
  const rows = await reader.rows(
    `SELECT ${d.int(`floor(ts / ${size})`)} * ${size} AS t, path, count(DISTINCT session_id) AS sessions, ${columns.join(', ')}
     FROM ${d.events} WHERE ${scopeWhere(d, scope)}${page}
     GROUP BY t, path ORDER BY t, path`,
  );
  return rows.map((row) => {
    const sessions = num(row.sessions);
    const signals = Object.fromEntries(
      FRUSTRATION_SIGNALS.map((signal) => {
        const affected = num(row[`${signal}_s`]);
        return [signal, { count: num(row[`${signal}_n`]), sessions: affected, rate: sessions === 0 ? 0 : affected / sessions }];
      }),
    ) as FrustrationRateRow['signals'];
    return { t: num(row.t), path: String(row.path), sessions, signals };
  });
}
