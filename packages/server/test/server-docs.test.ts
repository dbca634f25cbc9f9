import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUTS, DEFAULT_WS_OPTIONS } from '../src/index';
import { SETTINGS } from '../src/ops/settings';

const doc = readFileSync(new URL('../../../docs/server.md', import.meta.url), 'utf8');

/** Rows of the configuration table: flag, environment, config key, default. */
const rows = [...doc.matchAll(/^\| ?(`--[a-z-]+`)? ?\| `(SIGHTLINE_[A-Z_]+)` \| (`[A-Za-z.]+`)? ?\| (.*?) \|/gm)].map((m) => ({
  flag: (m[1] ?? '').replace(/`/g, ''),
  env: m[2],
  path: (m[3] ?? '').replace(/`/g, ''),
  defaultCell: m[4] ?? '',
}));

describe('docs/server.md', () => {
  it('documents every setting by its flag, variable and config key', () => {
    for (const setting of SETTINGS) {
      const row = rows.find((r) => r.env === setting.env);
      expect(row, setting.env).toBeDefined();
      expect(row?.flag, setting.env).toBe(setting.flag ? `--${setting.flag}` : '');
      expect(row?.path, setting.env).toBe(setting.path.join('.'));
    }
  });

  it('states the defaults the code uses', () => {
    const defaults: Record<string, number> = {
      SIGHTLINE_HEADER_TIMEOUT_MS: DEFAULT_TIMEOUTS.headerMs,
      SIGHTLINE_REQUEST_TIMEOUT_MS: DEFAULT_TIMEOUTS.requestMs,
      SIGHTLINE_IDLE_TIMEOUT_MS: DEFAULT_TIMEOUTS.idleMs,
      SIGHTLINE_RATE_LIMIT: DEFAULT_RATE_LIMIT.perSecond,
      SIGHTLINE_RATE_BURST: DEFAULT_RATE_LIMIT.burst,
      SIGHTLINE_WS_AUTH_TIMEOUT_MS: DEFAULT_WS_OPTIONS.authTimeoutMs,
      SIGHTLINE_WS_HEARTBEAT_MS: DEFAULT_WS_OPTIONS.heartbeatMs,
      SIGHTLINE_WS_MAX_IN_FLIGHT: DEFAULT_WS_OPTIONS.maxInFlight,
      SIGHTLINE_LIVE_MAX_BUFFERED: DEFAULT_WS_OPTIONS.liveMaxBufferedBytes,
    };
    for (const [env, value] of Object.entries(defaults)) {
      expect(rows.find((r) => r.env === env)?.defaultCell, env).toBe(`\`${value}\``);
    }
  });

  it('documents every WebSocket frame type the server sends', () => {
    for (const type of ['ready', 'ack', 'retry', 'error', 'pong', 'events']) expect(doc).toContain(`{"type":"${type}"`);
  });
});
