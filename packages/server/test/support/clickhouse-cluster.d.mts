export declare const CLICKHOUSE_BINARY: string;
export declare const CLUSTER_NAME: string;
export declare function clickHouseMissing(binary?: string): string | undefined;
export interface ClickHouseCluster {
  urls: string[];
  cluster: string;
  pids: number[];
  stop(): Promise<void>;
}
export declare function startClickHouseCluster(options?: { shards?: number; timeoutMs?: number }): Promise<ClickHouseCluster>;
