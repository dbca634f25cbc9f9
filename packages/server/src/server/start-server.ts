import type { FastifyServerOptions } from 'fastify';
import { ERROR_CODES, ServerError } from '../errors';
import { buildApp } from '../http/build-app';
import { createKeyRing } from '../keys/key-ring';
import { createDuckDbStore } from '../store/duckdb/duckdb-store';
import { PROJECT_ID_PATTERN, SERVER_DEFAULTS } from './defaults';

export interface StartServerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** DuckDB file, created with its folder if missing. Default `./.sightline/sightline.duckdb`. */
  dataPath?: string;
  /** Default `default`. */
  projectId?: string;
  /** Used (and stored) as the project's write key; one is generated when the project has none. */
  writeKey?: string;
  /** Used (and stored) as the project's read key; one is generated when the project has none. */
  readKey?: string;
  /** Largest accepted body in bytes. Default 1 MiB. */
  bodyLimit?: number;
  logger?: FastifyServerOptions['logger'];
}

export interface RunningServer {
  /** `http://host:port`. */
  url: string;
  host: string;
  port: number;
  /** Absolute path of the DuckDB file. */
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
  const store = await createDuckDbStore({ path: options.dataPath ?? SERVER_DEFAULTS.dataPath });
  try {
    const keys = createKeyRing(store.keys);
    const given = {
      ...(options.writeKey !== undefined && { writeKey: options.writeKey }),
      ...(options.readKey !== undefined && { readKey: options.readKey }),
    };
    const projectKeys = await keys.ensureProjectKeys(projectId, given);
    const app = buildApp({
      store,
      keys,
      ...(options.bodyLimit !== undefined && { bodyLimit: options.bodyLimit }),
      ...(options.logger !== undefined && { logger: options.logger }),
    });
    // Fastify closes the store last, after in-flight requests have been answered.
    app.addHook('onClose', async () => store.close());
    const host = options.host ?? SERVER_DEFAULTS.host;
    await app.listen({ port: options.port ?? SERVER_DEFAULTS.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : (options.port ?? SERVER_DEFAULTS.port);
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      host,
      port,
      dataPath: store.path,
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
