import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

// The same tests as vitest.config.ts, on React 18. React 18 is installed in its own workspace
// (test-setup/react-18) beside its react-dom, so react-dom 18's own require('react') finds 18.
const react18 = fileURLToPath(new URL('../../test-setup/react-18/node_modules/', import.meta.url));
// Testing Library's ESM build, transformed by Vite (inlined below) so that its imports of react
// and react-dom go through the aliases; loaded by Node, it would require the workspace's React 19.
const require = createRequire(import.meta.url);
const testingLibrary = join(dirname(require.resolve('@testing-library/react/package.json')), 'dist/@testing-library/react.esm.js');

export default defineProject({
  resolve: {
    alias: [
      { find: /^(react|react-dom)(\/.*)?$/, replacement: `${react18}$1$2` },
      { find: /^@testing-library\/react$/, replacement: testingLibrary },
      ...sourceAliases,
    ],
  },
  test: {
    name: 'react-18',
    environment: 'happy-dom',
    setupFiles: ['./test/react-18-installed.ts', 'fake-indexeddb/auto', '../../test-setup/web-locks.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    env: { SIGHTLINE_REACT_MAJOR: '18', SIGHTLINE_REACT_18_DIR: react18 },
    server: { deps: { inline: [/@testing-library[\\/]react[\\/]/] } },
  },
});
