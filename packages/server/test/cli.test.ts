import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/parse-args';
import { runCli } from '../src/cli/run-cli';
import { makeTempDir } from './helpers';

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
});
