export declare function bigPage(nodes: number, seed?: number): unknown;
