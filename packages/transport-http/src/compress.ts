/** Bodies smaller than this are not worth the CPU (and, cross-origin, the preflight) of compressing. */
export const COMPRESS_MIN_BYTES = 1024;

/** gzip with the browser's CompressionStream; `undefined` where it is missing or fails. */
export async function gzip(body: string): Promise<Uint8Array | undefined> {
  if (typeof CompressionStream !== 'function') return undefined;
  try {
    const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return undefined;
  }
}
