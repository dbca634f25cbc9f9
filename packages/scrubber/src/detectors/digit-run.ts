import { codeAt, isDigit, isWord } from '../chars';

/** One group of digits inside a run such as `+44 (0)20 7946 0958`. */
export interface DigitGroup {
  start: number;
  end: number;
  /** The group was written in parentheses: `(415)`. */
  paren: boolean;
}

export interface DigitRun {
  groups: DigitGroup[];
  /** Index of a leading `+`, or -1. */
  plus: number;
  /** End of the run (after the last group or its closing parenthesis). */
  end: number;
  /** The last group is glued to more text (`2671abc`, `0958,50`), so no value may end with it. */
  glued: boolean;
}

export interface RunShape {
  plus: boolean;
  parens: boolean;
  isSeparator: (c: number) => boolean;
  /** Most separator characters between two groups. */
  maxSeparator: number;
}

/**
 * Reads digit groups joined by short separators, in one forward pass. The caller resumes after
 * `end`, so every character is read once; callers look at most a few groups ahead of each group
 * (a value has at most 19 digits), so the analysis stays linear too.
 */
export function readDigitRun(text: string, from: number, shape: RunShape): DigitRun {
  const groups: DigitGroup[] = [];
  let pos = from;
  let plus = -1;
  if (shape.plus && codeAt(text, pos) === 43) {
    plus = pos;
    pos++;
  }
  let end = from;
  for (;;) {
    let p = pos;
    const open = shape.parens && codeAt(text, p) === 40;
    if (open) p++;
    if (!isDigit(codeAt(text, p))) break;
    const start = p;
    while (isDigit(codeAt(text, p))) p++;
    const digitsEnd = p;
    const close = open && codeAt(text, p) === 41;
    if (close) p++;
    groups.push({ start, end: digitsEnd, paren: close });
    end = p;
    let q = p;
    while (q - p < shape.maxSeparator && shape.isSeparator(codeAt(text, q))) q++;
    if (q === p && !close) break;
    const next = codeAt(text, q);
    if (isDigit(next) || (shape.parens && next === 40 && isDigit(codeAt(text, q + 1)))) {
      pos = q;
      continue;
    }
    break;
  }
  const after = codeAt(text, end);
  const glued =
    isWord(after) ||
    ((after === 44 || after === 46 || after === 58 || after === 47) && isDigit(codeAt(text, end + 1)));
  return { groups, plus: groups.length > 0 ? plus : -1, end: groups.length > 0 ? end : from, glued };
}

export const groupLength = (g: DigitGroup): number => g.end - g.start;
export const spanStart = (g: DigitGroup): number => (g.paren ? g.start - 1 : g.start);
export const spanEnd = (g: DigitGroup): number => (g.paren ? g.end + 1 : g.end);
