// Vite's inline config for an example app: its folder, and the server it sends to.
import { join } from 'node:path';
import { root } from './startup.mjs';

/** Shared by `npm run example:*` and the browser tests, so both run the app the same way. */
export function exampleConfig(name, { endpoint, projectKey }) {
  return {
    root: join(root, 'examples', `${name}-app`),
    configFile: join(root, 'examples', `${name}-app`, 'vite.config.ts'),
    logLevel: 'warn',
    define: {
      'import.meta.env.VITE_SIGHTLINE_ENDPOINT': JSON.stringify(endpoint),
      'import.meta.env.VITE_SIGHTLINE_KEY': JSON.stringify(projectKey),
    },
  };
}
