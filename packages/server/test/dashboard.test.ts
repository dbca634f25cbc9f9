import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, createDuckDbStore, createKeyRing } from '../src/index';
import { DASHBOARD_CSP, findDashboardDir } from '../src/http/routes/dashboard';
import { makeTempDir } from './helpers';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function appWith(dashboardDir: string | false | undefined) {
  const temp = await makeTempDir();
  const store = await createDuckDbStore({ path: join(temp.dir, 'test.duckdb') });
  const app = buildApp({ store, keys: createKeyRing(store.keys), ...(dashboardDir === undefined ? {} : { dashboardDir }) });
  cleanups.push(async () => {
    await app.close();
    await store.close();
    await temp.remove();
  });
  return { app };
}

async function builtDashboard(root: string) {
  const dir = join(root, 'dashboard');
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Sightline</title><script type="module" src="./assets/app-1a2b.js"></script>');
  await writeFile(join(dir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  return dir;
}

describe('the dashboard at /', () => {
  it('serves the built dashboard with a script-locked policy', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.remove);
    const { app: served } = await appWith(await builtDashboard(temp.dir));
    const page = await served.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<title>Sightline</title>');
    expect(page.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await served.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('never lets recorded pages run scripts or be framed', () => {
    const directives = Object.fromEntries(DASHBOARD_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
  });

  it('leaves the API untouched by the dashboard policy', async () => {
    const { app } = await appWith(undefined);
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.headers['content-security-policy']).toBeUndefined();
  });

  it('says how to build it when it is not built', async () => {
    const { app } = await appWith(join('/nonexistent', 'dashboard'));
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('npm run build -w @sightline/dashboard');
  });

  it('serves nothing at / when turned off', async () => {
    const { app } = await appWith(false);
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
  });

  it('finds the workspace dashboard once it is built', () => {
    const dir = findDashboardDir();
    expect(dir, 'build it first: npm run build -w @sightline/dashboard').toBeDefined();
    expect(dir).toMatch(/dashboard[\\/]dist$/);
  });
});
