import { defineProject } from 'vitest/config';
import { sourceAliases } from '../../vitest.shared.ts';

export default defineProject({
  resolve: { alias: sourceAliases },
  test: {
    name: 'server',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // One throwaway 2-shard ClickHouse for the run, shared by the store and query suites, and
    // the recording cleaner's worker built from source.
    globalSetup: ['test/support/clickhouse.ts', 'test/support/replay-worker.ts'],
    setupFiles: ['test/support/setup-replay-worker.ts'],
  },
});
