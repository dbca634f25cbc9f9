// Starts throwaway ClickHouse servers as plain processes: free ports, temp dirs, killed by pid.
// Plain JavaScript so that the benchmarks (run by node, without a build) share it with the tests.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLICKHOUSE_BINARY = process.env.CLICKHOUSE_SERVER_PATH || '/usr/sbin/clickhouse-server';
export const CLUSTER_NAME = 'sl_cluster';

/** Why ClickHouse cannot run here, or undefined when it can. */
export function clickHouseMissing(binary = CLICKHOUSE_BINARY) {
  return existsSync(binary)
    ? undefined
    : `${binary} not found: install the Debian packages clickhouse-server and clickhouse-client ` +
        '(apt-get install clickhouse-server clickhouse-client), or set CLICKHOUSE_SERVER_PATH';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const config = (dir, node, shards) => `<yandex>
 <logger><level>warning</level><log>${dir}/log/server.log</log><errorlog>${dir}/log/err.log</errorlog></logger>
 <http_port>${node.http}</http_port><tcp_port>${node.tcp}</tcp_port>
 <interserver_http_port>${node.interserver}</interserver_http_port>
 <interserver_http_host>127.0.0.1</interserver_http_host><listen_host>127.0.0.1</listen_host>
 <path>${dir}/data/</path><tmp_path>${dir}/tmp/</tmp_path><user_files_path>${dir}/uf/</user_files_path>
 <format_schema_path>${dir}/fs/</format_schema_path>
 <users_config>/etc/clickhouse-server/users.xml</users_config><default_profile>default</default_profile>
 <default_database>default</default_database><timezone>UTC</timezone><mark_cache_size>268435456</mark_cache_size>
 <remote_servers><${CLUSTER_NAME}>${shards
   .map((s) => `<shard><replica><host>127.0.0.1</host><port>${s.tcp}</port></replica></shard>`)
   .join('')}</${CLUSTER_NAME}></remote_servers>
</yandex>`;

async function waitForPing(url, child, dir, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const log = await readFile(join(dir, 'log', 'err.log'), 'utf8').catch(() => '');
  throw new Error(`clickhouse-server at ${url} did not answer /ping:\n${log.slice(-2000)}`);
}

/**
 * Starts `shards` servers that form one cluster named `sl_cluster`. Resolves to their HTTP
 * URLs and a stop() that kills exactly those pids and removes the temp dir; the pids are also
 * killed when this process exits, so a crashed run leaves nothing behind.
 */
export async function startClickHouseCluster({ shards = 2, timeoutMs = 20_000 } = {}) {
  const missing = clickHouseMissing();
  if (missing) throw new Error(missing);
  const root = await mkdtemp(join(tmpdir(), 'sightline-clickhouse-'));
  const nodes = [];
  for (let i = 0; i < shards; i++) nodes.push({ http: await freePort(), tcp: await freePort(), interserver: await freePort() });
  const children = [];
  const killAll = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve(undefined);
            child.once('exit', resolve);
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      ),
    );
    await rm(root, { recursive: true, force: true });
  };
  try {
    await Promise.all(
      nodes.map(async (node, i) => {
        const dir = join(root, `n${i + 1}`);
        for (const sub of ['data', 'tmp', 'uf', 'fs', 'log']) await mkdir(join(dir, sub), { recursive: true });
        await writeFile(join(dir, 'config.xml'), config(dir, node, nodes));
        const child = spawn(CLICKHOUSE_BINARY, [`--config-file=${join(dir, 'config.xml')}`], { stdio: 'ignore', cwd: dir });
        children.push(child);
        await waitForPing(`http://127.0.0.1:${node.http}`, child, dir, timeoutMs);
      }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls: nodes.map((n) => `http://127.0.0.1:${n.http}`), cluster: CLUSTER_NAME, pids: children.map((c) => c.pid), stop };
}
