import type { RecordFunction } from './recorder-module';

/** A fresh copy of `@rrweb/record` with state of its own (built by scripts/build-rrweb-instance.mjs). */
export declare function createRrwebInstance(): { record: RecordFunction };
