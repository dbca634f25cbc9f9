import { defineProject } from 'vitest/config';

/**
 * Browser end-to-end tests: real Chromium (Debian's, driven by playwright-core) against the
 * built bundles and a real server. `npm test` builds everything first.
 */
export default defineProject({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
