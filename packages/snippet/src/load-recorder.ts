import type { RecorderModule } from '@sightline/replay';

/** Where `sightline-record.min.js` puts rrweb's recorder once it has run. */
export const RECORDER_GLOBAL = '__sightlineRecorder';

/**
 * Loads `sightline-record.min.js` from the directory the snippet came from, once, and resolves
 * with the recorder it exposes. A classic script rather than `import()`, since the snippet is a
 * classic script too and may be served from any static host.
 */
export function loadRecorderBeside(script: HTMLScriptElement): () => Promise<RecorderModule> {
  let loading: Promise<RecorderModule> | undefined;
  return () =>
    (loading ??= new Promise<RecorderModule>((resolve, reject) => {
      const win = window as unknown as Record<string, RecorderModule | undefined>;
      const ready = win[RECORDER_GLOBAL];
      if (ready) return resolve(ready);
      const tag = document.createElement('script');
      tag.src = new URL('sightline-record.min.js', script.src || location.href).href;
      tag.async = true;
      tag.onload = () => {
        tag.remove();
        const recorder = win[RECORDER_GLOBAL];
        if (recorder) resolve(recorder);
        else reject(new Error('sightline-record.min.js loaded but exposed no recorder'));
      };
      tag.onerror = () => {
        tag.remove();
        loading = undefined;
        reject(new Error(`could not load ${tag.src}`));
      };
      document.head.appendChild(tag);
    }));
}
