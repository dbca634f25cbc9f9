import { resolveConfig } from './config';
import { scrubObjectWith } from './object/scrub-object';
import { scrubTextWith } from './text/scrub-text';
import type { Scrubber, ScrubberOptions } from './types';
import { scrubUrlWith } from './url/scrub-url';

/**
 * Creates a scrubber with its own configuration. Its functions never throw: if scrubbing fails
 * the whole value is replaced by the redacted marker rather than passed through.
 */
export function createScrubber(options: ScrubberOptions = {}): Scrubber {
  const config = resolveConfig(options);
  return {
    scrubText(text) {
      try {
        return scrubTextWith(config, text);
      } catch {
        return config.redacted;
      }
    },
    scrubUrl(url) {
      try {
        return scrubUrlWith(config, url);
      } catch {
        return config.redacted;
      }
    },
    scrubObject<T>(value: T): T {
      try {
        return scrubObjectWith(config, value);
      } catch {
        return config.redacted as T;
      }
    },
  };
}

/** Scrubs a string with the default configuration, or the given options. */
export function scrubText(text: string, options?: ScrubberOptions): string {
  return createScrubber(options).scrubText(text);
}

/** Scrubs a URL (absolute, relative or malformed) with the default configuration, or the given options. */
export function scrubUrl(url: string, options?: ScrubberOptions): string {
  return createScrubber(options).scrubUrl(url);
}

/** Returns a scrubbed copy of an object, array or value with the default configuration, or the given options. */
export function scrubObject<T>(value: T, options?: ScrubberOptions): T {
  return createScrubber(options).scrubObject(value);
}
