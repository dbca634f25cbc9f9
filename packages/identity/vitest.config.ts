import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'identity',
    environment: 'happy-dom',
    environmentOptions: { happyDOM: { url: 'https://www.example.com/' } },
    setupFiles: ['fake-indexeddb/auto', '../../test-setup/web-locks.ts'],
    include: ['test/**/*.test.ts'],
  },
});
