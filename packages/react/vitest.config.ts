import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'react',
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', '../../test-setup/web-locks.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    // The same tests run on React 18 in vitest.react-18.config.ts.
    env: { SIGHTLINE_REACT_MAJOR: '19' },
  },
});
