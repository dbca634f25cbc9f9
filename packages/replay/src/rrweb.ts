import type { RecorderModule } from './recording/recorder-module';
import { createRrwebInstance } from './recording/rrweb-instance.generated.js';

/**
 * `@sightline/replay/rrweb`: rrweb's recorder as Sightline loads it, one fresh copy of rrweb per
 * recording (see scripts/build-rrweb-instance.mjs). The replay plugin imports this lazily; the
 * script-tag build ships it as a file of its own.
 */
export function createRecorderModule(): RecorderModule {
  return { createInstance: createRrwebInstance };
}
