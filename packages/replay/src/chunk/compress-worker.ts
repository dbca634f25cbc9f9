import type { Compress, Measure } from './compress';

/** The part of `Worker` used here; tests pass a fake. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface WorkerCompressor {
  compress: Compress;
  /** Ends the worker; later calls compress in this thread. */
  stop(): void;
}

/**
 * The worker's whole source: gzip with `CompressionStream`, then base64, both off the main thread.
 * Kept in ES5-ish plain script so it runs whatever the page's build targets.
 */
const SOURCE = `onmessage = function (event) {
  var id = event.data.id;
  new Response(new Blob([event.data.text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer().then(function (buffer) {
    var bytes = new Uint8Array(buffer), binary = '';
    for (var i = 0; i < bytes.length; i += 32768) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    postMessage({ id: id, data: btoa(binary) });
  }, function (error) {
    postMessage({ id: id, error: String(error) });
  });
};`;

/** A worker from a `blob:` URL, or null where the browser has no workers. */
export function spawnBlobWorker(): { port: WorkerPort; url: string } | null {
  if (typeof Worker !== 'function' || typeof Blob !== 'function' || typeof URL?.createObjectURL !== 'function') return null;
  const url = URL.createObjectURL(new Blob([SOURCE], { type: 'text/javascript' }));
  try {
    return { port: new Worker(url) as unknown as WorkerPort, url };
  } catch {
    URL.revokeObjectURL(url);
    return null;
  }
}

interface Job {
  text: string;
  measure: Measure;
  resolve(data: string): void;
  reject(error: unknown): void;
}

/**
 * Compresses in a worker, so gzip and base64 leave the main thread: the main thread only copies
 * the text into a message. A worker that cannot start (a CSP without `worker-src blob:`, no
 * `CompressionStream` in workers) or fails hands its pending jobs, and every later one, to
 * `fallback`, which compresses in this thread; `onFail` is told once.
 */
export function createWorkerCompressor(options: {
  fallback: Compress;
  onFail(): void;
  spawn?: () => { port: WorkerPort; url: string | null } | null;
}): WorkerCompressor {
  let port: WorkerPort | null = null;
  let url: string | null = null;
  let spawned = false;
  const jobs = new Map<number, Job>();
  let nextId = 0;

  const release = () => {
    if (url) URL.revokeObjectURL(url);
    url = null;
  };

  const fail = () => {
    if (!port) return;
    port.terminate();
    port = null;
    release();
    options.onFail();
    const waiting = [...jobs.values()];
    jobs.clear();
    for (const job of waiting) options.fallback(job.text, job.measure).then(job.resolve, job.reject);
  };

  /** The worker starts with the first chunk, so sessions that never send one never start it. */
  const start = () => {
    spawned = true;
    const worker = (options.spawn ?? spawnBlobWorker)();
    if (!worker) return;
    port = worker.port;
    url = worker.url;
    port.onmessage = (event) => {
      // The worker has loaded its script: the URL is no longer needed.
      release();
      const { id, data } = event.data as { id: number; data?: string };
      const job = jobs.get(id);
      if (!job) return;
      // No `data`: CompressionStream is missing or failed in the worker; compress here from now on.
      if (typeof data !== 'string') return fail();
      jobs.delete(id);
      job.resolve(data);
    };
    port.onerror = fail;
  };

  return {
    compress(text, measure) {
      if (!spawned) measure(start);
      if (!port) return options.fallback(text, measure);
      const id = nextId++;
      const posted = port;
      return new Promise<string>((resolve, reject) => {
        jobs.set(id, { text, measure, resolve, reject });
        try {
          // Strings are copied into the message: far cheaper than compressing them here.
          measure(() => posted.postMessage({ id, text }));
        } catch {
          fail();
        }
      });
    },
    stop() {
      spawned = true;
      port?.terminate();
      port = null;
      release();
      jobs.clear();
    },
  };
}
