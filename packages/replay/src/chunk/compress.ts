import { gzipBytes, toBase64 } from './encode';

/** Runs `fn` and counts its time against the main-thread budget. */
export type Measure = <T>(fn: () => T) => T;

/** Text in, base64 of its gzip bytes out; `measure` wraps the work done on the main thread. */
export type Compress = (text: string, measure: Measure) => Promise<string>;

/** Compresses in this thread: `CompressionStream` and base64 both run on the page's main thread. */
export const compressHere: Compress = async (text, measure) => {
  const bytes = await measure(() => gzipBytes(text));
  return measure(() => toBase64(bytes));
};
