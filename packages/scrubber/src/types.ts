/** The kinds the built-in detectors report. Custom detectors may use any other name. */
export type BuiltinKind =
  | 'email'
  | 'phone'
  | 'card'
  | 'iban'
  | 'ssn'
  | 'ip'
  | 'jwt'
  | 'token'
  | 'aws_key'
  | 'private_key'
  | 'credentials';

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  /** Set when one detector reports more than one kind (an `Authorization: Basic` header is credentials). */
  kind?: string;
}

/** Finds every value of one kind in a string. `find` must be pure and must not throw. */
export interface Detector {
  kind: string;
  find(text: string): Span[];
}

export interface ScrubberOptions {
  /** Turn built-in kinds on or off; every kind is on by default. */
  detectors?: Partial<Record<BuiltinKind, boolean>>;
  /** Placeholder per kind (default `[kind]`), and the markers `redacted`, `truncated`, `circular`. */
  placeholders?: Partial<Record<string, string>>;
  /** Extra detectors, run after the built-in ones. */
  customDetectors?: Detector[];
  /** Extra object keys whose values are always redacted (matched case- and separator-insensitively). */
  secretKeys?: string[];
  /** Extra query parameter names whose values are always redacted. */
  sensitiveQueryKeys?: string[];
  /** Remove sensitive query parameters instead of redacting their values. Default false. */
  dropSensitiveParams?: boolean;
  /** Characters scanned per string; the rest is cut and replaced by the truncated marker. Default 262144. */
  maxLength?: number;
  /** Nesting depth of objects and arrays kept by scrubObject. Default 8. */
  maxDepth?: number;
  /** Values visited by one scrubObject call. Default 10000. */
  maxNodes?: number;
  /** String characters scrubbed by one scrubObject call. Default 1000000. */
  maxChars?: number;
}

export interface Scrubber {
  scrubText(text: string): string;
  scrubUrl(url: string): string;
  /** Returns a scrubbed copy; leaves may become placeholder strings. Never mutates its input. */
  scrubObject<T>(value: T): T;
}
