import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { ndjsonLines } from '../export/ndjson-lines';
import { countInRange, exportParquet } from '../export/write-parquet';
import type { TimeRange } from '../query/range';
import { SERVER_DEFAULTS } from '../server/defaults';
import { openStore, type StoreKind } from '../store/open-store';
import type { CliIo } from './run-cli';

export const EXPORT_USAGE = `Usage: sightline-server export --out <file> [--from <time>] [--to <time>] [options]

Writes a project's events to Parquet (zstd) or NDJSON, read straight from the store. A DuckDB
file is held by a running server, so stop it first (or use GET /v1/export); ClickHouse can be
exported while servers run.

  --out <file>               file to write; .ndjson or .jsonl writes NDJSON, anything else Parquet
  --from <time>, --to <time> epoch ms or an ISO date (from inclusive, to exclusive)
  --format parquet|ndjson    overrides the extension
  --project <id>             project id [SIGHTLINE_PROJECT] (default "default")
  --data <file>              DuckDB file [SIGHTLINE_DATA]
  --store duckdb|clickhouse  [SIGHTLINE_STORE]
  --clickhouse-url <urls>    [SIGHTLINE_CLICKHOUSE_URL]
  --clickhouse-cluster <c>   [SIGHTLINE_CLICKHOUSE_CLUSTER]
  --clickhouse-database <d>  [SIGHTLINE_CLICKHOUSE_DATABASE]
`;

const FLAGS = {
  out: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  project: { type: 'string' },
  data: { type: 'string' },
  store: { type: 'string' },
  'clickhouse-url': { type: 'string' },
  'clickhouse-cluster': { type: 'string' },
  'clickhouse-database': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class ExportUsageError extends Error {}

function time(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new ExportUsageError(`--${name} must be epoch ms or an ISO date, got "${text}"`);
  return value;
}

/** A one-line bar on a terminal; nothing when stderr is a file or a pipe. */
function progressBar(io: CliIo, enabled: boolean): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const percent = Math.floor(fraction * 100);
    if (!enabled || percent === last) return;
    last = percent;
    const filled = Math.round(percent / 2.5);
    io.err(`\r[${'#'.repeat(filled)}${'-'.repeat(40 - filled)}] ${String(percent).padStart(3)}%`);
    if (percent === 100) io.err('\n');
  };
}

export async function runExportCommand(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  let values;
  let range: TimeRange;
  try {
    values = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false }).values;
    if (values.help) {
      io.out(EXPORT_USAGE);
      return 0;
    }
    if (!values.out) throw new ExportUsageError('--out is required');
    const from = time('from', values.from);
    const to = time('to', values.to);
    if (from !== undefined && to !== undefined && to <= from) throw new ExportUsageError('--to must be later than --from');
    range = { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
    if (values.format !== undefined && values.format !== 'parquet' && values.format !== 'ndjson') {
      throw new ExportUsageError('--format must be parquet or ndjson');
    }
  } catch (error) {
    io.err(`sightline-server export: ${(error as Error).message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  const pick = (flag: string | undefined, name: string) => flag ?? (env[name] || undefined);
  const out = values.out as string;
  const format = values.format ?? (/\.(nd)?jsonl?$/i.test(out) ? 'ndjson' : 'parquet');
  const url = pick(values['clickhouse-url'], 'SIGHTLINE_CLICKHOUSE_URL');
  const cluster = pick(values['clickhouse-cluster'], 'SIGHTLINE_CLICKHOUSE_CLUSTER');
  const database = pick(values['clickhouse-database'], 'SIGHTLINE_CLICKHOUSE_DATABASE');
  const projectId = pick(values.project, 'SIGHTLINE_PROJECT') ?? SERVER_DEFAULTS.projectId;
  try {
    const { store } = await openStore({
      dataPath: pick(values.data, 'SIGHTLINE_DATA') ?? SERVER_DEFAULTS.dataPath,
      store: (pick(values.store, 'SIGHTLINE_STORE') ?? 'duckdb') as StoreKind,
      ...(url !== undefined && {
        clickhouse: { url, ...(cluster !== undefined && { cluster }), ...(database !== undefined && { database }) },
      }),
    });
    try {
      const progress = progressBar(io, process.stderr.isTTY === true);
      const started = Date.now();
      const total = await countInRange(store, projectId, range);
      if (format === 'parquet') await exportParquet(store, projectId, range, out, progress);
      else await writeNdjson(store, projectId, range, out, total, progress);
      io.out(`exported ${total} events of project ${projectId} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    io.err(`sightline-server export: ${(error as Error).message}\n`);
    return 1;
  }
}

async function writeNdjson(
  store: Parameters<typeof ndjsonLines>[0],
  projectId: string,
  range: TimeRange,
  path: string,
  total: number,
  progress: (fraction: number) => void,
): Promise<void> {
  const file = createWriteStream(path);
  let lines = 0;
  for await (const chunk of ndjsonLines(store, projectId, range)) {
    if (!file.write(chunk)) await once(file, 'drain');
    lines += chunk.split('\n').length - 1;
    if (total > 0) progress(Math.min(lines / total, 1));
  }
  file.end();
  await once(file, 'close');
  progress(1);
}
