import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CleanedEvent } from './cleaned-event';
import { createInlineCleaner, type RecordingCleaner } from './recording-cleaner';

export type WorkerTask = { id: number } & ({ kind: 'clean'; lines: readonly string[] } | { kind: 'read'; json: string });
export type WorkerReply = { ready: true } | ({ id: number } & ({ result: Array<CleanedEvent | null> | CleanedEvent[] } | { error: string }));

/** Threads of the default pool: one beside the event loop on two cores, two from four. */
export const DEFAULT_CLEANER_THREADS = Math.max(1, Math.min(2, availableParallelism() - 1));

const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
/** The worker's script, built next to the server's other files (tsup.config.ts). */
let workerScript: URL | undefined = new URL('./replay-worker.js', here);

/** Where the worker script is; the tests, which run from source, point it at a build of it. */
export function setWorkerScript(script: URL | undefined): void {
  workerScript = script;
}

export interface CleanerPoolOptions {
  /** Worker threads at most; default `DEFAULT_CLEANER_THREADS`. */
  threads?: number;
  /** Told once if the work has to be done inline, and why. */
  onFallback?(message: string): void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, { resolve(value: never): void; reject(error: Error): void; task: WorkerTask }>;
  /** Whether its modules loaded: one that dies before could not start. */
  ready: boolean;
}

/**
 * Cleans recordings in worker threads, started when the first recording comes and stopped by
 * `close`. A thread holds the process open only while it has work. Without the worker's script
 * (the server bundled by someone else) or when a thread cannot start, the work is done inline.
 */
export function createCleanerPool(options: CleanerPoolOptions = {}): RecordingCleaner {
  const size = Math.max(1, options.threads ?? DEFAULT_CLEANER_THREADS);
  const script = workerScript && existsSync(fileURLToPath(workerScript)) ? workerScript : undefined;
  const threads: Thread[] = [];
  let inline: RecordingCleaner | undefined;
  const fallBack = (reason: string) => {
    if (inline) return;
    inline = createInlineCleaner();
    options.onFallback?.(`recordings are cleaned on the event loop: ${reason}`);
  };
  if (!script) fallBack(`no worker script${workerScript ? ` at ${fileURLToPath(workerScript)}` : ''}`);
  let closed = false;
  let nextId = 0;

  function start(url: URL): Thread {
    const thread: Thread = { worker: new Worker(url), pending: new Map(), ready: false };
    thread.worker.unref();
    thread.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        thread.ready = true;
        return;
      }
      const waiting = thread.pending.get(reply.id);
      if (!waiting) return;
      thread.pending.delete(reply.id);
      if (thread.pending.size === 0) thread.worker.unref();
      if ('error' in reply) waiting.reject(new Error(`cleaning a recording failed: ${reply.error}`));
      else waiting.resolve(reply.result as never);
    });
    const lost = (error: Error) => {
      const at = threads.indexOf(thread);
      if (at === -1) return;
      threads.splice(at, 1);
      const waiting = [...thread.pending.values()];
      thread.pending.clear();
      // A thread that could not start: its work, and all from now on, is done here. One that
      // died at work fails its tasks (a recording that kills a thread is not retried here).
      if (!thread.ready && !closed) fallBack(`a worker thread could not start (${error.message})`);
      for (const { task, resolve, reject } of waiting) {
        if (inline && !thread.ready) void run(inline, task).then(resolve as (value: unknown) => void, reject);
        else reject(error);
      }
    };
    thread.worker.on('error', lost);
    thread.worker.on('exit', (code) => lost(new Error(`a recording cleaner thread stopped (exit code ${code})`)));
    threads.push(thread);
    return thread;
  }

  function pick(url: URL): Thread {
    const idle = threads.find((thread) => thread.pending.size === 0);
    if (idle) return idle;
    if (threads.length < size) return start(url);
    return threads.reduce((least, thread) => (thread.pending.size < least.pending.size ? thread : least));
  }

  function submit<T>(task: WorkerTask): Promise<T> {
    if (closed) return Promise.reject(new Error('the recording cleaner is closed'));
    if (inline || !script) return run(inline ?? createInlineCleaner(), task) as Promise<T>;
    const thread = pick(script);
    return new Promise<T>((resolve, reject) => {
      if (thread.pending.size === 0) thread.worker.ref();
      thread.pending.set(task.id, { resolve: resolve as (value: never) => void, reject, task });
      thread.worker.postMessage(task);
    });
  }

  return {
    cleanLines: (lines) => submit({ id: nextId++, kind: 'clean', lines }),
    readEvents: (json) => submit({ id: nextId++, kind: 'read', json }),
    async close() {
      closed = true;
      const stopping = threads.splice(0);
      for (const thread of stopping) {
        for (const { reject } of thread.pending.values()) reject(new Error('the recording cleaner is closed'));
        thread.pending.clear();
      }
      await Promise.all(stopping.map((thread) => thread.worker.terminate()));
    },
  };
}

const run = (cleaner: RecordingCleaner, task: WorkerTask): Promise<unknown> =>
  task.kind === 'clean' ? cleaner.cleanLines(task.lines) : cleaner.readEvents(task.json);
