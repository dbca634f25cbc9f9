import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/parse-args';
import { makeTempDir } from './helpers';

async function configFile(content: unknown) {
  const temp = await makeTempDir();
  const path = join(temp.dir, 'sightline.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return { path, remove: temp.remove };
}

describe('configuration by file, environment and flags', () => {
  it('reads every section of a config file', async () => {
    const file = await configFile({
      port: 9100,
      host: '0.0.0.0',
      data: '/var/lib/sightline/data.duckdb',
      project: 'shop',
      bodyLimit: 2048,
      logLevel: 'warn',
      timeouts: { headerMs: 5000, requestMs: 20000, idleMs: 4000 },
      rateLimit: { perSecond: 50, burst: 80 },
      cors: { shop: ['https://shop.example'] },
      ws: { authTimeoutMs: 3000, heartbeatMs: 10000, maxInFlight: 4, liveMaxBufferedBytes: 65536 },
      shutdownTimeoutMs: 9000,
    });
    expect(parseCliArgs(['--config', file.path])).toEqual({
      kind: 'start',
      shutdownTimeoutMs: 9000,
      options: {
        port: 9100,
        host: '0.0.0.0',
        dataPath: '/var/lib/sightline/data.duckdb',
        projectId: 'shop',
        bodyLimit: 2048,
        logger: { level: 'warn' },
        timeouts: { headerMs: 5000, requestMs: 20000, idleMs: 4000 },
        rateLimit: { perSecond: 50, burst: 80 },
        cors: { shop: ['https://shop.example'] },
        ws: { authTimeoutMs: 3000, heartbeatMs: 10000, maxInFlight: 4, liveMaxBufferedBytes: 65536 },
      },
    });
    await file.remove();
  });

  it('lets the environment win over the file and flags win over both, section by section', async () => {
    const file = await configFile({ port: 1, timeouts: { headerMs: 5000, idleMs: 4000 }, rateLimit: { perSecond: 50 } });
    const env = { SIGHTLINE_CONFIG: file.path, SIGHTLINE_PORT: '2', SIGHTLINE_HEADER_TIMEOUT_MS: '6000', SIGHTLINE_CORS: 'a=https://a.example;b=https://b.example,https://c.example' };
    expect(parseCliArgs([], env)).toMatchObject({
      options: {
        port: 2,
        timeouts: { headerMs: 6000, idleMs: 4000 },
        rateLimit: { perSecond: 50, burst: 100 },
        cors: { a: ['https://a.example'], b: ['https://b.example', 'https://c.example'] },
      },
    });
    const flags = ['--port', '3', '--header-timeout', '7000', '--rate-limit', '0', '--cors', 'shop=https://shop.example'];
    expect(parseCliArgs(flags, env)).toMatchObject({
      options: { port: 3, timeouts: { headerMs: 7000, idleMs: 4000 }, rateLimit: false, cors: { shop: ['https://shop.example'] } },
    });
    await file.remove();
  });

  it('passes the ClickHouse store settings, with credentials only from the environment or file', () => {
    const argv = ['--store', 'clickhouse', '--clickhouse-url', 'http://ch-1:8123,http://ch-2:8123', '--clickhouse-cluster', 'sightline'];
    expect(parseCliArgs(argv, { SIGHTLINE_CLICKHOUSE_USER: 'sl', SIGHTLINE_CLICKHOUSE_PASSWORD: 'pw' })).toMatchObject({
      options: {
        store: 'clickhouse',
        clickhouse: { url: 'http://ch-1:8123,http://ch-2:8123', cluster: 'sightline', username: 'sl', password: 'pw' },
      },
    });
    expect(() => parseCliArgs(['--clickhouse-password', 'pw'])).toThrow(/Unknown option/);
    expect(() => parseCliArgs(['--store', 'postgres'])).toThrow(/--store must be one of duckdb, clickhouse/);
  });

  it('refuses unknown settings, wrong types and unreadable files with a usage error', async () => {
    const typo = await configFile({ timeouts: { headerMS: 5 } });
    expect(() => parseCliArgs(['--config', typo.path])).toThrow(/unknown setting "timeouts.headerMS"/);
    const wrong = await configFile({ port: 'eighty' });
    expect(() => parseCliArgs(['--config', wrong.path])).toThrow(/port in .* must be an integer/);
    const broken = await configFile('{ nope');
    expect(() => parseCliArgs(['--config', broken.path])).toThrow(UsageError);
    expect(() => parseCliArgs(['--config', '/no/such/file.json'])).toThrow(/cannot read the config file/);
    expect(() => parseCliArgs(['--cors', 'no-origins'])).toThrow(/--cors must look like/);
    expect(() => parseCliArgs([], { SIGHTLINE_LOG_LEVEL: 'loud' })).toThrow(/SIGHTLINE_LOG_LEVEL must be one of/);
    for (const file of [typo, wrong, broken]) await file.remove();
  });
});
