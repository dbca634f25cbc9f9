import { parentPort } from 'node:worker_threads';
import { createLineCleaner } from './clean-line';
import { cleanLinesWith, readStoredEvents } from './cleaned-event';
import type { WorkerReply, WorkerTask } from './cleaner-pool';

// A worker thread of the cleaner pool (cleaner-pool.ts): one task at a time, in arrival order.
const clean = createLineCleaner();
const port = parentPort;
port?.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id: task.id, result: task.kind === 'clean' ? cleanLinesWith(clean, task.lines) : readStoredEvents(task.json) };
  } catch (error) {
    reply = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port?.postMessage({ ready: true } satisfies WorkerReply);
