import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressHere } from '../src/chunk/compress';
import { createWorkerCompressor, type WorkerPort } from '../src/chunk/compress-worker';

const measure = <T>(fn: () => T): T => fn();
const gunzip = (base64: string) => gunzipSync(Buffer.from(base64, 'base64')).toString('utf8');

/** A worker that answers each message itself, or fails in the way a test asks. */
function fakeWorker(behaviour: 'works' | 'load-error' | 'no-gzip') {
  const state = { posted: 0, terminated: false, port: null as WorkerPort | null };
  const port: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      state.posted++;
      const { id, text } = message as { id: number; text: string };
      setTimeout(() => {
        if (behaviour === 'load-error') return port.onerror?.(new Event('error'));
        if (behaviour === 'no-gzip') return port.onmessage?.({ data: { id, error: 'ReferenceError: CompressionStream is not defined' } });
        // Stands for the worker's own gzip: the main-thread one, called from outside any measurement.
        void compressHere(text, measure).then((data) => port.onmessage?.({ data: { id, data } }));
      }, 0);
    },
    terminate() {
      state.terminated = true;
    },
  };
  state.port = port;
  return state;
}

describe('compression in a worker', () => {
  it('sends the text to the worker and gives back its gzip, without compressing here', async () => {
    const worker = fakeWorker('works');
    let spawns = 0;
    let fallbacks = 0;
    const compressor = createWorkerCompressor({
      fallback: (text, m) => (fallbacks++, compressHere(text, m)),
      onFail: () => { throw new Error('no failure expected'); },
      spawn: () => (spawns++, { port: worker.port as WorkerPort, url: null }),
    });
    expect(spawns).toBe(0);
    const [a, b] = await Promise.all([compressor.compress('{"a":1}\n', measure), compressor.compress('{"b":2}\n', measure)]);
    expect([gunzip(a), gunzip(b)]).toEqual(['{"a":1}\n', '{"b":2}\n']);
    expect({ spawns, posted: worker.posted, fallbacks }).toEqual({ spawns: 1, posted: 2, fallbacks: 0 });
    compressor.stop();
    expect(worker.terminated).toBe(true);
  });

  it('falls back to this thread, pending jobs included, when the worker cannot load (CSP) and says so once', async () => {
    for (const behaviour of ['load-error', 'no-gzip'] as const) {
      const worker = fakeWorker(behaviour);
      let failures = 0;
      const compressor = createWorkerCompressor({ fallback: compressHere, onFail: () => failures++, spawn: () => ({ port: worker.port as WorkerPort, url: null }) });
      const first = await Promise.all([compressor.compress('one\n', measure), compressor.compress('two\n', measure)]);
      const later = await compressor.compress('three\n', measure);
      expect([...first, later].map(gunzip)).toEqual(['one\n', 'two\n', 'three\n']);
      expect({ failures, posted: worker.posted, terminated: worker.terminated }).toEqual({ failures: 1, posted: 2, terminated: true });
    }
  });

  it('compresses in this thread where there are no workers', async () => {
    const compressor = createWorkerCompressor({ fallback: compressHere, onFail: () => { throw new Error('not a failure'); }, spawn: () => null });
    expect(gunzip(await compressor.compress('here\n', measure))).toBe('here\n');
  });
});
