import { createRecorderModule } from '@sightline/replay/rrweb';
import { RECORDER_GLOBAL } from './load-recorder';

// `sightline-record.min.js`: rrweb's recorder, loaded by the full snippet only when a session
// records; it makes a fresh rrweb for each recording (see @sightline/replay/rrweb).
(window as unknown as Record<string, unknown>)[RECORDER_GLOBAL] = createRecorderModule();
