export { createScrubber, scrubObject, scrubText, scrubUrl } from './scrubber';
export { createRegexDetector } from './regex-detector';
export { memoizeText, type TextMemoOptions } from './text-memo';
export type { BuiltinKind, Detector, Scrubber, ScrubberOptions, Span } from './types';
