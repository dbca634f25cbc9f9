import { createBuiltinDetectors } from './detectors/index';
import { createKeyMatcher, type KeyMatcher } from './object/secret-keys';
import type { ScrubberOptions } from './types';
import { createQueryKeyMatcher } from './url/sensitive-query-keys';

export interface RankedDetector {
  kind: string;
  rank: number;
  find(text: string): Array<{ start: number; end: number; kind?: string }>;
}

/** Options resolved once per scrubber, shared by its text, URL and object functions. */
export interface ScrubberConfig {
  detectors: RankedDetector[];
  placeholder(kind: string): string;
  redacted: string;
  truncated: string;
  circular: string;
  maxLength: number;
  maxDepth: number;
  maxNodes: number;
  maxChars: number;
  /** Below this length no built-in detector can match, so the text is returned as is. */
  minLength: number;
  /** Plain text (see `isPlainText`) is returned as it is: true unless custom detectors are set. */
  skipPlainText: boolean;
  isSecretKey: KeyMatcher;
  isSensitiveQueryKey: KeyMatcher;
  dropSensitiveParams: boolean;
}

const positive = (value: number | undefined, fallback: number): number =>
  typeof value === 'number' && value > 0 && Number.isFinite(value) ? Math.floor(value) : fallback;

export function resolveConfig(options: ScrubberOptions = {}): ScrubberConfig {
  const toggles: Partial<Record<string, boolean>> = options.detectors ?? {};
  const builtins = createBuiltinDetectors().filter((d) => toggles[d.kind] !== false);
  const custom = options.customDetectors ?? [];
  const detectors: RankedDetector[] = [...builtins, ...custom].map((d, rank) => ({
    kind: d.kind,
    rank,
    find: (text: string) => d.find(text),
  }));
  const placeholders = options.placeholders ?? {};
  const placeholder = (kind: string): string => placeholders[kind] ?? `[${kind}]`;
  const isSecretKey = createKeyMatcher(options.secretKeys ?? []);
  const isQueryKey = createQueryKeyMatcher(options.sensitiveQueryKeys ?? []);
  return {
    detectors,
    placeholder,
    redacted: placeholder('redacted'),
    truncated: placeholder('truncated'),
    circular: placeholder('circular'),
    maxLength: positive(options.maxLength, 262_144),
    maxDepth: positive(options.maxDepth, 8),
    maxNodes: positive(options.maxNodes, 10_000),
    maxChars: positive(options.maxChars, 1_000_000),
    minLength: custom.length > 0 ? 1 : 6,
    skipPlainText: custom.length === 0,
    isSecretKey,
    // A parameter is sensitive by the query list, and by every name that makes an object key secret.
    isSensitiveQueryKey: (key) => isQueryKey(key) || isSecretKey(key),
    dropSensitiveParams: options.dropSensitiveParams === true,
  };
}
