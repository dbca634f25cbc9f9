#!/usr/bin/env node
// Checks what would be published: every package's `exports` with publint, and the types of the
// libraries with @arethetypeswrong/cli (ESM and CJS consumers, node16 and bundler resolution).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
let failed = 0;
let checked = 0;

const run = (label, command, args, cwd) => {
  checked++;
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });
    console.log(`ok   ${label}`);
  } catch (error) {
    failed++;
    console.error(`FAIL ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
};

const bin = (name) => join(root, 'node_modules', '.bin', name);
for (const workspace of workspaces) {
  const dir = join(root, workspace);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  run(`publint ${manifest.name}`, bin('publint'), ['--strict'], dir);
  if (manifest.types) {
    // The server is Node-only: no browser bundler resolves it, and its CLI is ESM by design.
    const profile = manifest.name === '@sightline/server' ? ['--profile', 'node16'] : [];
    run(`attw ${manifest.name}`, bin('attw'), ['--pack', '.', '--format', 'table-flipped', ...profile], dir);
  }
}
console.log(`${checked - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
