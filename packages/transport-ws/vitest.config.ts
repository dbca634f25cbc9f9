import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'transport-ws',
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
