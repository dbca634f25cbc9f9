#!/usr/bin/env node
// Provisions what the test suite needs beyond npm: Debian's Chromium for the browser tests.
// As root it installs what is missing with apt-get; otherwise it stops with the exact command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const REQUIREMENTS = [
  { what: 'Chromium (browser end-to-end tests)', binary: process.env.CHROMIUM_PATH || '/usr/bin/chromium', packages: ['chromium'] },
  { what: 'ClickHouse (server store tests on a 2-shard cluster)', binary: process.env.CLICKHOUSE_SERVER_PATH || '/usr/sbin/clickhouse-server', packages: ['clickhouse-server', 'clickhouse-client'] },
];

const missing = REQUIREMENTS.filter((requirement) => !existsSync(requirement.binary));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((requirement) => requirement.packages))];
const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!isRoot || !hasApt) {
  console.error(`The test suite needs: ${missing.map((requirement) => requirement.what).join(', ')}.`);
  console.error(hasApt ? `Install it with:\n\n  sudo ${command}\n` : `Install the Debian package(s) ${packages.join(', ')} or set CHROMIUM_PATH.`);
  process.exit(1);
}

console.log(`Installing ${packages.join(', ')} for the test suite...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
const stillMissing = missing.filter((requirement) => !existsSync(requirement.binary));
if (stillMissing.length > 0) {
  console.error(`Installed ${packages.join(', ')} but ${stillMissing.map((r) => r.binary).join(', ')} is still missing.`);
  process.exit(1);
}
