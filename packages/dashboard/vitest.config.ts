import { defineProject } from 'vitest/config';

export default defineProject({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'dashboard',
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
  },
});
