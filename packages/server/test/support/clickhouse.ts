import type { TestProject } from 'vitest/node';
import { startClickHouseCluster } from './clickhouse-cluster.mjs';

/** What the test files get: a running 2-shard cluster, or why there is none. */
export type ClickHouseTarget = { urls: string[]; cluster: string } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    clickhouse: ClickHouseTarget;
  }
}

/**
 * Global setup of the server tests: one 2-shard ClickHouse for the whole run. A machine without
 * it still runs every other test; the ClickHouse ones then fail with the reason (see store-targets).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  try {
    const cluster = await startClickHouseCluster({ shards: 2 });
    project.provide('clickhouse', { urls: cluster.urls, cluster: cluster.cluster });
    return () => cluster.stop();
  } catch (error) {
    project.provide('clickhouse', { error: (error as Error).message });
    return async () => undefined;
  }
}
