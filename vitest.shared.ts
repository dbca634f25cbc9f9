import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Unit tests import workspace packages from source, so they run without a build.
 * The browser end-to-end tests use the built bundles instead.
 */
export const sourceAliases = [
  { find: /^@sightline\/core\/testing$/, replacement: here('./packages/core/src/testing/index.ts') },
  { find: /^@sightline\/core\/signals$/, replacement: here('./packages/core/src/signals/index.ts') },
  { find: /^@sightline\/core$/, replacement: here('./packages/core/src/index.ts') },
  { find: /^@sightline\/scrubber$/, replacement: here('./packages/scrubber/src/index.ts') },
  { find: /^@sightline\/scoring$/, replacement: here('./packages/scoring/src/index.ts') },
  { find: /^@sightline\/identity\/resolver$/, replacement: here('./packages/identity/src/resolver/index.ts') },
  { find: /^@sightline\/identity$/, replacement: here('./packages/identity/src/index.ts') },
  { find: /^@sightline\/trackers$/, replacement: here('./packages/trackers/src/index.ts') },
  { find: /^@sightline\/transport-http$/, replacement: here('./packages/transport-http/src/index.ts') },
  { find: /^@sightline\/replay$/, replacement: here('./packages/replay/src/index.ts') },
  { find: /^@sightline\/transport-ws$/, replacement: here('./packages/transport-ws/src/index.ts') },
  { find: /^@sightline\/react$/, replacement: here('./packages/react/src/index.ts') },
  { find: /^@sightline\/vue$/, replacement: here('./packages/vue/src/index.ts') },
  { find: /^@sightline\/server$/, replacement: here('./packages/server/src/index.ts') },
];
