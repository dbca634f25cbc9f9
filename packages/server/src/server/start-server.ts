import type { FastifyServerOptions } from 'fastify';
import { ERROR_CODES, ServerError } from '../errors';
import { buildApp } from '../http/build-app';
import { createKeyRing } from '../keys/key-ring';
import type { ClickHouseOptions } from '../store/clickhouse/clickhouse-store';
import { openStore, type StoreKind } from '../store/open-store';
import { createLiveHub } from '../live/live-hub';
import { startStoreTail } from '../live/store-tail';
import type { OpsOptions } from '../ops/ops-options';
import { PROJECT_ID_PATTERN, SERVER_DEFAULTS } from './defaults';

/** Also takes the operational options of `buildApp`: rate limit, CORS, timeouts, WebSockets. */
export interface StartServerOptions extends OpsOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** DuckDB file, created with its folder if missing. Default `./.sightline/sightline.duckdb`. */
  dataPath?: string;
  /** Where events and keys live. Default `duckdb`; `clickhouse` needs `clickhouse.url`. */
  store?: StoreKind;
  /** One node or a cluster; several server nodes may share it. */
  clickhouse?: ClickHouseOptions;
  /** Default `default`. */
  projectId?: string;
  /** Used (and stored) as the project's write key; one is generated when the project has none. */
  writeKey?: string;
  /** Used (and stored) as the project's read key; one is generated when the project has none. */
  readKey?: string;
  /** Largest accepted body in bytes. Default 1 MiB. */
  bodyLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /**
   * `pollMs`: how often live subscribers get what other nodes stored (0: only this node's
   * events). Default 500 on ClickHouse, where several nodes may write; 0 on DuckDB.
   */
  live?: { pollMs?: number };
}

export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  host: string;
  port: number;
  /** Absolute path of the DuckDB file, or where the ClickHouse data lives. */
  dataPath: string;
  projectId: string;
  writeKey: string;
  readKey: string;
  /** Stops accepting, lets in-flight requests finish, then closes the store. Safe to call twice. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const projectId = options.projectId ?? SERVER_DEFAULTS.projectId;
  if (!PROJECT_ID_PATTERN.test(projectId)) {
    throw new ServerError(ERROR_CODES.badOption, 'the project id must be 1 to 64 characters of A-Z a-z 0-9 _ . -');
  }
  if (options.bodyLimit !== undefined && !(Number.isInteger(options.bodyLimit) && options.bodyLimit > 0)) {
    throw new ServerError(ERROR_CODES.badOption, 'the body limit must be a positive integer of bytes');
  }
  const { store, location } = await openStore({
    dataPath: options.dataPath ?? SERVER_DEFAULTS.dataPath,
    ...(options.store !== undefined && { store: options.store }),
    ...(options.clickhouse !== undefined && { clickhouse: options.clickhouse }),
  });
  try {
    const keys = createKeyRing(store.keys);
    const given = {
      ...(options.writeKey !== undefined && { writeKey: options.writeKey }),
      ...(options.readKey !== undefined && { readKey: options.readKey }),
    };
    const projectKeys = await keys.ensureProjectKeys(projectId, given);
    const { rateLimit, cors, timeouts, ws, metrics, geo } = options;
    const hub = options.hub ?? createLiveHub();
    const app = buildApp({
      store,
      keys,
      ...{ rateLimit, cors, timeouts, ws, metrics, hub, geo },
      ...(options.bodyLimit !== undefined && { bodyLimit: options.bodyLimit }),
      ...(options.logger !== undefined && { logger: options.logger }),
    });
    const pollMs = options.live?.pollMs ?? (options.store === 'clickhouse' ? 500 : 0);
    const tail =
      pollMs > 0
        ? startStoreTail({ reader: store.reader, hub, pollMs, onError: (error) => app.log.warn({ err: error }, 'live stream: reading other nodes\' events failed') })
        : undefined;
    // Fastify closes the store last, after in-flight requests have been answered.
    app.addHook('onClose', async () => {
      await tail?.stop();
      await store.close();
    });
    const host = options.host ?? SERVER_DEFAULTS.host;
    await app.listen({ port: options.port ?? SERVER_DEFAULTS.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : (options.port ?? SERVER_DEFAULTS.port);
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      host,
      port,
      dataPath: location,
      projectId,
      ...projectKeys,
      close: () =>
        (closing ??= (async () => {
          await app.close();
        })()),
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
