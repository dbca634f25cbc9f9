import { inject } from 'vitest';
import { setWorkerScript } from '../../src/replay/cleaner-pool';

// Every server the tests start cleans recordings in worker threads, as the built server does.
setWorkerScript(new URL(inject('replayWorker')));
