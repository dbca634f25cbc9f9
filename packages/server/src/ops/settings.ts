/**
 * Every server setting once, by the name it has in a flag, an environment variable and the
 * config file. Flags win over the environment, which wins over the file.
 */
export interface Setting {
  /** Absent for secrets, which never go on a command line (other users can read it). */
  flag?: string;
  env: string;
  /** Where it sits in the config file: a top-level key, or a section and a key. */
  path: readonly [string] | readonly [string, string];
  kind: 'integer' | 'string';
  choices?: readonly string[];
  min?: number;
  max?: number;
  help: string;
}

const int = (flag: string, env: string, path: Setting['path'], min: number, max: number, help: string): Setting => ({
  flag,
  env,
  path,
  kind: 'integer',
  min,
  max,
  help,
});
const str = (
  flag: string | undefined,
  env: string,
  path: Setting['path'],
  help: string,
  choices?: readonly string[],
): Setting => ({ ...(flag !== undefined && { flag }), env, path, kind: 'string', help, ...(choices && { choices }) });

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

const HOUR_MS = 3_600_000;

export const SETTINGS: readonly Setting[] = [
  int('port', 'SIGHTLINE_PORT', ['port'], 0, 65535, 'port to listen on (default 8787; 0 picks one)'),
  str('host', 'SIGHTLINE_HOST', ['host'], 'address to bind (default 127.0.0.1)'),
  str('data', 'SIGHTLINE_DATA', ['data'], 'DuckDB file (default ./.sightline/sightline.duckdb)'),
  str('project', 'SIGHTLINE_PROJECT', ['project'], 'project id (default "default")'),
  str('store', 'SIGHTLINE_STORE', ['store'], 'duckdb (default) or clickhouse', ['duckdb', 'clickhouse']),
  str('clickhouse-url', 'SIGHTLINE_CLICKHOUSE_URL', ['clickhouse', 'url'], 'ClickHouse HTTP URL; comma-separated for every node of a cluster'),
  str('clickhouse-cluster', 'SIGHTLINE_CLICKHOUSE_CLUSTER', ['clickhouse', 'cluster'], 'cluster name from remote_servers (events then go through a Distributed table)'),
  str('clickhouse-database', 'SIGHTLINE_CLICKHOUSE_DATABASE', ['clickhouse', 'database'], 'ClickHouse database (default sightline)'),
  str('write-key', 'SIGHTLINE_WRITE_KEY', ['writeKey'], 'write key to accept (generated if none)'),
  str('read-key', 'SIGHTLINE_READ_KEY', ['readKey'], 'read key to accept (generated if none)'),
  int('body-limit', 'SIGHTLINE_BODY_LIMIT', ['bodyLimit'], 1, 1024 ** 3, 'largest body or WS frame in bytes, also after gzip (default 1048576)'),
  str('log-level', 'SIGHTLINE_LOG_LEVEL', ['logLevel'], 'fatal, error, warn, info, debug, trace or silent (default info)', LOG_LEVELS),
  str(undefined, 'SIGHTLINE_CLICKHOUSE_USER', ['clickhouse', 'username'], 'ClickHouse user'),
  str(undefined, 'SIGHTLINE_CLICKHOUSE_PASSWORD', ['clickhouse', 'password'], 'ClickHouse password'),
  int('header-timeout', 'SIGHTLINE_HEADER_TIMEOUT_MS', ['timeouts', 'headerMs'], 1, HOUR_MS, 'ms to receive request headers (default 10000)'),
  int('request-timeout', 'SIGHTLINE_REQUEST_TIMEOUT_MS', ['timeouts', 'requestMs'], 1, HOUR_MS, 'ms to receive a whole request (default 30000)'),
  int('idle-timeout', 'SIGHTLINE_IDLE_TIMEOUT_MS', ['timeouts', 'idleMs'], 1, HOUR_MS, 'ms a keep-alive connection may idle (default 5000)'),
  int('rate-limit', 'SIGHTLINE_RATE_LIMIT', ['rateLimit', 'perSecond'], 0, 1e9, 'requests per second per key; 0 turns it off (default 1000)'),
  int('rate-burst', 'SIGHTLINE_RATE_BURST', ['rateLimit', 'burst'], 1, 1e9, 'requests a key may send at once (default 2000)'),
  int('ws-auth-timeout', 'SIGHTLINE_WS_AUTH_TIMEOUT_MS', ['ws', 'authTimeoutMs'], 1, HOUR_MS, 'ms a WebSocket has to authenticate (default 5000)'),
  int('ws-heartbeat', 'SIGHTLINE_WS_HEARTBEAT_MS', ['ws', 'heartbeatMs'], 100, HOUR_MS, 'ms between WebSocket pings (default 30000)'),
  int('ws-max-in-flight', 'SIGHTLINE_WS_MAX_IN_FLIGHT', ['ws', 'maxInFlight'], 1, 1024, 'batches stored at once per WebSocket (default 16)'),
  int('live-max-buffered', 'SIGHTLINE_LIVE_MAX_BUFFERED', ['ws', 'liveMaxBufferedBytes'], 1024, 1024 ** 3, 'bytes queued for a live subscriber before it is dropped (default 1048576)'),
  str('geo-header', 'SIGHTLINE_GEO_HEADER', ['geo', 'header'], 'request header holding the visitor\'s country, set by your CDN or proxy (cf-ipcountry, cloudfront-viewer-country, ...); default none'),
  int('live-poll', 'SIGHTLINE_LIVE_POLL_MS', ['live', 'pollMs'], 0, 60_000, 'ms between reads of events other nodes stored, for live subscribers; 0 turns it off (default 500 on ClickHouse, 0 on DuckDB)'),
  int('shutdown-timeout', 'SIGHTLINE_SHUTDOWN_TIMEOUT_MS', ['shutdownTimeoutMs'], 1, HOUR_MS, 'ms to drain on SIGTERM before exiting anyway (default 15000)'),
];

/** The config file's shape: the settings above by path, plus `cors`. */
export type ConfigValues = Record<string, unknown>;
