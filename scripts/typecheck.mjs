#!/usr/bin/env node
// Type-checks every package, tests included (vitest only strips types, it never checks them).
// Browser packages check their tests with tsconfig.test.json, so Node types never leak into src.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
let failed = 0;
for (const workspace of [...workspaces, 'e2e', 'examples/segment-transport', 'docs']) {
  const dir = join(root, workspace);
  const config = ['tsconfig.test.json', 'tsconfig.json'].map((name) => join(dir, name)).find(existsSync);
  if (!config) continue;
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', config], { stdio: 'pipe', encoding: 'utf8' });
    console.log(`ok   typecheck ${workspace}`);
  } catch (error) {
    failed++;
    console.error(`FAIL typecheck ${workspace}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
