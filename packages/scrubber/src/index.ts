export { createScrubber, scrubObject, scrubText, scrubUrl } from './scrubber';
export { createRegexDetector } from './regex-detector';
export type { BuiltinKind, Detector, Scrubber, ScrubberOptions, Span } from './types';
