import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'transport-http',
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', '../../test-setup/web-locks.ts'],
    include: ['test/**/*.test.ts'],
  },
});
