import { record } from '@rrweb/record';
import { RECORDER_GLOBAL } from './load-recorder';

// `sightline-record.min.js`: rrweb's recorder, loaded by the full snippet only when a session records.
(window as unknown as Record<string, unknown>)[RECORDER_GLOBAL] = { record };
