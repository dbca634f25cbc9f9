import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/parse-args';
import { runCli } from '../src/cli/run-cli';
import { makeBatch, makeTempDir } from './helpers';
import { bigPage, chunkEvent, cut, doc, el, fullSnapshot, meta, move, ndjson, text } from './replay/recording-fixtures';

describe('parseCliArgs', () => {
  it('reads every flag', () => {
    const command = parseCliArgs([
      '--port=9000',
      '--host',
      '0.0.0.0',
      '--data',
      'x/y.duckdb',
      '--project',
      'shop',
      '--write-key',
      'w_0123456789abcdef',
      '--read-key',
      'r_0123456789abcdef',
      '--body-limit',
      '2048',
      '--log-level',
      'silent',
    ]);
    expect(command).toEqual({
      kind: 'start',
      options: {
        port: 9000,
        host: '0.0.0.0',
        dataPath: 'x/y.duckdb',
        projectId: 'shop',
        writeKey: 'w_0123456789abcdef',
        readKey: 'r_0123456789abcdef',
        bodyLimit: 2048,
        logger: false,
      },
    });
  });

  it('falls back to the environment, and flags win over it', () => {
    const env = {
      SIGHTLINE_PORT: '7000',
      SIGHTLINE_HOST: '::1',
      SIGHTLINE_DATA: '/data/s.duckdb',
      SIGHTLINE_PROJECT: 'env-project',
      SIGHTLINE_WRITE_KEY: 'env_write_key_0123456',
      SIGHTLINE_READ_KEY: 'env_read_key_0123456',
    };
    const fromEnv = parseCliArgs([], env);
    expect(fromEnv).toMatchObject({
      options: {
        port: 7000,
        host: '::1',
        dataPath: '/data/s.duckdb',
        projectId: 'env-project',
        writeKey: env.SIGHTLINE_WRITE_KEY,
        readKey: env.SIGHTLINE_READ_KEY,
      },
    });
    expect(parseCliArgs(['--port', '7001', '--project', 'flag-project'], env)).toMatchObject({
      options: { port: 7001, projectId: 'flag-project' },
    });
  });

  it('leaves defaults to startServer and asks for help', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'start', options: { logger: { level: 'info' } } });
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it('throws a UsageError for bad flags and values', () => {
    for (const argv of [['--nope'], ['--port', 'abc'], ['--port', '70000'], ['--body-limit', '0'], ['extra'], ['--port']]) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
    expect(() => parseCliArgs(['--log-level', 'loud'])).toThrow(/--log-level must be one of/);
    expect(() => parseCliArgs([], { SIGHTLINE_PORT: 'http' })).toThrow(/^SIGHTLINE_PORT must be an integer/);
  });
});

describe('runCli', () => {
  it('exits with code 2 and the usage on a bad flag', async () => {
    let err = '';
    const result = await runCli(['--prot', '1'], {}, { out: () => undefined, err: (text) => (err += text) });
    expect(result).toEqual({ exitCode: 2 });
    expect(err).toMatch(/Unknown option '--prot'/);
    expect(err).toMatch(/Usage: sightline-server/);
  });

  it('exits with code 2 on an unusable key', async () => {
    const temp = await makeTempDir();
    let err = '';
    const result = await runCli(
      ['--port', '0', '--data', join(temp.dir, 'd.duckdb'), '--write-key', 'short', '--log-level', 'silent'],
      {},
      { out: () => undefined, err: (text) => (err += text) },
    );
    expect(result.exitCode).toBe(2);
    expect(err).toMatch(/write key must be 16 to 128 characters/);
    await temp.remove();
  });

  it('starts and prints where it listens, the data file and the keys', async () => {
    const temp = await makeTempDir();
    let out = '';
    const result = await runCli(
      ['--port', '0', '--data', join(temp.dir, 'd.duckdb'), '--log-level', 'silent'],
      {},
      { out: (text) => (out += text), err: () => undefined },
    );
    const server = result.server;
    expect(server).toBeDefined();
    expect(out).toBe(
      [
        `Sightline server listening on ${server?.url}`,
        `  data file:  ${join(temp.dir, 'd.duckdb')}`,
        '  project:    default',
        `  write key:  ${server?.writeKey}`,
        `  read key:   ${server?.readKey}`,
        '',
      ].join('\n'),
    );
    await server?.close();
    await temp.remove();
  });
});

const builtCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function runNode(args: string[], cwd: string, untilOutput?: RegExp) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [builtCli, ...args], { cwd, env: { ...process.env, SIGHTLINE_PORT: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (untilOutput?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the built CLI', () => {
  it('is built (npm test builds every package first)', () => {
    expect(existsSync(builtCli), `missing ${builtCli}: run \`npm run build\``).toBe(true);
  });

  it('exits with code 2 on a bad flag', async () => {
    const temp = await makeTempDir();
    const { code, stderr } = await runNode(['--bogus'], temp.dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--bogus'/);
    await temp.remove();
  });

  it('starts with defaults relative to its folder and closes on SIGTERM', async () => {
    const temp = await makeTempDir();
    const { code, stdout } = await runNode(['--port', '0', '--log-level', 'silent'], temp.dir, /read key: +sl_r_\w+\n/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Sightline server listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(stdout).toContain(`  data file:  ${join(temp.dir, '.sightline', 'sightline.duckdb')}\n`);
    expect(existsSync(join(temp.dir, '.sightline', 'sightline.duckdb'))).toBe(true);
    await temp.remove();
  });
  it('cleans recordings in its worker thread without holding up other requests, and exits on SIGTERM', async () => {
    const temp = await makeTempDir();
    const child = spawn(process.execPath, [builtCli, '--port', '0', '--log-level', 'warn'], { cwd: temp.dir, env: { ...process.env, SIGHTLINE_PORT: '' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let stdout = '';
    const banner = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        if (/read key: +\S+\n/.test(stdout)) resolve(stdout);
      });
      child.on('exit', () => reject(new Error(`the CLI exited: ${stdout}`)));
    });
    const url = /listening on (\S+)/.exec(banner)?.[1] as string;
    const writeKey = /write key: +(\S+)/.exec(banner)?.[1] as string;
    const readKey = /read key: +(\S+)/.exec(banner)?.[1] as string;
    const post = (events: unknown[]) =>
      fetch(`${url}/v1/batch`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sightline-key': writeKey }, body: JSON.stringify(makeBatch(events as never)) });
    try {
      // A script and an address to clean, and a 20,000-node page that spans chunks.
      const small = ndjson([meta('https://shop.example/a', 1280, 5), fullSnapshot(doc(el('p', {}, [text('mail jane.doe@example.com')]), el('script', {}, [text('steal()')])), 5)]);
      expect((await post([chunkEvent('s-small', 0, small)])).status).toBe(200);
      const big = cut(ndjson([meta('https://shop.example/list', 1280, 10), fullSnapshot(bigPage(20_000), 10), move(20)]), 8).map((piece, seq) => chunkEvent('s-big', seq, piece));
      expect((await post(big.slice(0, -1))).status).toBe(200);
      let done = false;
      const ingest = post(big.slice(-1)).finally(() => (done = true));
      let slowest = 0;
      while (!done) {
        const started = performance.now();
        expect((await fetch(`${url}/health`)).status).toBe(200);
        slowest = Math.max(slowest, performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect((await ingest).status).toBe(200);
      // Generous for a busy machine; cleaning on the event loop held /health for 400 ms and more.
      expect(slowest).toBeLessThan(250);
      const read = (session: string) => fetch(`${url}/v1/replay/${session}`, { headers: { 'x-sightline-key': readKey } }).then((res) => res.text());
      const cleaned = await read('s-small');
      expect(cleaned).toContain('mail [email]');
      expect(cleaned).not.toMatch(/steal|jane\.doe/);
      expect(JSON.parse(await read('s-big')).events.map((event: { type: number }) => event.type)).toEqual([4, 2, 3]);
      // The worker's script is in dist: nothing had to be cleaned on the event loop.
      expect(stdout).not.toContain('cleaned on the event loop');
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await temp.remove();
    }
  }, 60_000);
});
