import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';
import { makeTempDir } from './helpers';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const { exitCode } = await runCli(argv, {}, { out: (text) => (out += text), err: (text) => (err += text) });
  return { exitCode, out, err };
}

describe('sightline-server keys', () => {
  it('creates, lists and revokes keys in the data file', async () => {
    const temp = await makeTempDir();
    const data = ['--data', join(temp.dir, 'k.duckdb')];
    const write = await run(['keys', 'create', '--kind', 'write', '--project', 'shop', ...data]);
    expect(write.exitCode).toBe(0);
    expect(write.out).toMatch(/^sl_w_[0-9A-Za-z]{24}\n$/);
    const read = await run(['keys', 'create', '--kind', 'read', '--project', 'shop', ...data]);
    expect(read.out).toMatch(/^sl_r_/);
    const listed = await run(['keys', 'list', '--project', 'shop', ...data]);
    expect(listed.out.trim().split('\n')).toHaveLength(2);
    expect(listed.out).toContain(write.out.trim());
    expect(listed.out).toMatch(/write\s+shop\s+\S+Z\s+active/);
    const revoked = await run(['keys', 'revoke', write.out.trim(), ...data]);
    expect(revoked).toMatchObject({ exitCode: 0, out: 'revoked write key of project "shop"\n' });
    expect((await run(['keys', 'list', '--project', 'shop', ...data])).out).toMatch(/write\s+shop\s+\S+\s+revoked /);
    expect(await run(['keys', 'revoke', 'sl_w_nope', ...data])).toMatchObject({ exitCode: 1, err: /no such key/ });
    expect((await run(['keys', 'list', '--project', 'empty', ...data])).out).toBe('no keys for project "empty"\n');
    await temp.remove();
  });

  it('explains bad usage with exit code 2', async () => {
    expect(await run(['keys', 'create'])).toMatchObject({ exitCode: 2, err: /--kind write or --kind read/ });
    expect(await run(['keys', 'rotate'])).toMatchObject({ exitCode: 2, err: /unknown keys command "rotate"/ });
    expect(await run(['keys', 'revoke'])).toMatchObject({ exitCode: 2, err: /needs the key/ });
    expect(await run(['keys', 'list', '--store', 'clickhouse'])).toMatchObject({ exitCode: 2, err: /needs --clickhouse-url/ });
    expect((await run(['keys'])).out).toMatch(/^Usage: sightline-server keys list/);
  });

  it('says the file is in use when a running server holds it', async () => {
    const temp = await makeTempDir();
    const path = join(temp.dir, 'held.duckdb');
    // Another process holding the file, as a running server does.
    const holder = spawn(
      process.execPath,
      ['--input-type=module', '-e', `const { DuckDBInstance } = await import('@duckdb/node-api'); await DuckDBInstance.create(${JSON.stringify(path)}); console.log('open'); setInterval(() => {}, 1000);`],
      { cwd: new URL('..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.on('data', () => resolve()));
    try {
      const result = await run(['keys', 'list', '--data', path]);
      expect(result.exitCode).toBe(1);
      expect(result.err).toMatch(/is in use by another process, most likely a running sightline-server; stop it/);
    } finally {
      holder.kill();
      await temp.remove();
    }
  });
});
