import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Unit tests import workspace packages from source, so they run without a build.
 * The browser end-to-end tests use the built bundles instead.
 */
export const sourceAliases = [
  { find: /^@sightline\/core\/testing$/, replacement: here('./packages/core/src/testing/index.ts') },
  { find: /^@sightline\/core$/, replacement: here('./packages/core/src/index.ts') },
  { find: /^@sightline\/scrubber$/, replacement: here('./packages/scrubber/src/index.ts') },
  { find: /^@sightline\/scoring$/, replacement: here('./packages/scoring/src/index.ts') },
  { find: /^@sightline\/trackers$/, replacement: here('./packages/trackers/src/index.ts') },
  { find: /^@sightline\/transport-http$/, replacement: here('./packages/transport-http/src/index.ts') },
  { find: /^@sightline\/server$/, replacement: here('./packages/server/src/index.ts') },
];
