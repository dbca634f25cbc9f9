import type { Detector, Span } from './types';

/**
 * Builds a custom detector from a regular expression. A fresh global copy is made for every call,
 * so no `lastIndex` state is shared. The pattern's running time is the caller's responsibility:
 * prefer bounded quantifiers (`{1,64}`) over unbounded ones.
 */
export function createRegexDetector(kind: string, pattern: RegExp | string, flags = ''): Detector {
  const source = typeof pattern === 'string' ? pattern : pattern.source;
  const base = typeof pattern === 'string' ? flags : pattern.flags;
  const globalFlags = `${base.replace(/[gy]/g, '')}g`;
  return {
    kind,
    find(text) {
      const re = new RegExp(source, globalFlags);
      const spans: Span[] = [];
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
      return spans;
    },
  };
}
