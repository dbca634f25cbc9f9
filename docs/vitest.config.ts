import { defineProject } from 'vitest/config';

/** Checks that the documentation agrees with the code it describes. */
export default defineProject({
  test: {
    name: 'docs',
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
