import { codeAt, firstDigit, isDigit, startsToken } from '../chars';
import type { Detector, Span } from '../types';
import { type DigitGroup, groupLength, readDigitRun, type RunShape, spanEnd, spanStart } from './digit-run';

const PHONE_RUN: RunShape = {
  plus: true,
  parens: true,
  isSeparator: (c) => c === 32 || c === 45 || c === 46, // space - .
  maxSeparator: 3,
};

const digitAt = (text: string, i: number): number => codeAt(text, i) - 48;

/** `+44 20 7946 0958`, `+14155552671`: 8 to 15 digits after a plus (E.164 allows 15). */
function international(text: string, g: DigitGroup[], s: number, usable: number): number {
  if (digitAt(text, g[s]!.start) === 0) return -1;
  let total = 0;
  let best = -1;
  for (let e = s; e < usable; e++) {
    total += groupLength(g[e]!);
    if (total > 15) break;
    if (total >= 8) best = e;
  }
  return best;
}

/** `0044 20 7946 0958`: the 00 international prefix, written with separators. */
function doubleZero(text: string, g: DigitGroup[], s: number, usable: number): number {
  const first = g[s]!;
  const len = groupLength(first);
  if (len < 3 || len > 5) return -1;
  const start = first.start;
  if (digitAt(text, start) !== 0 || digitAt(text, start + 1) !== 0 || digitAt(text, start + 2) === 0) return -1;
  let total = len;
  let best = -1;
  for (let e = s + 1; e < usable; e++) {
    total += groupLength(g[e]!);
    if (total > 15) break;
    if (total >= 10) best = e;
  }
  return best;
}

/** `(415) 555-2671`, `415-555-2671`, `1 415 555 2671`: area and exchange codes start with 2-9. */
function northAmerican(text: string, g: DigitGroup[], s: number, usable: number): number {
  let k = s;
  const first = g[k]!;
  if (groupLength(first) === 1 && digitAt(text, first.start) === 1 && !first.paren) k++;
  if (k + 2 >= usable) return -1;
  const area = g[k]!;
  const exchange = g[k + 1]!;
  const line = g[k + 2]!;
  if (groupLength(area) !== 3 || groupLength(exchange) !== 3 || groupLength(line) !== 4) return -1;
  if (exchange.paren || line.paren) return -1;
  if (digitAt(text, area.start) < 2 || digitAt(text, exchange.start) < 2) return -1;
  return k + 2;
}

/**
 * National numbers behind a trunk 0 (`020 7946 0958`, `06 12 34 56 78`, `030 123456`,
 * `03-1234-5678`): groups of 2+ digits joined by one repeated separator, 9 to 11 digits in all.
 * The repeated separator keeps dates and times (`01.02.2024 10:30`) out.
 */
function trunkZero(text: string, g: DigitGroup[], s: number, usable: number): number {
  const first = g[s]!;
  const len = groupLength(first);
  if (len < 2 || len > 5 || digitAt(text, first.start) !== 0 || digitAt(text, first.start + 1) === 0) return -1;
  let total = len;
  let best = -1;
  let separator = -1;
  for (let e = s + 1; e < usable; e++) {
    const prev = g[e - 1]!;
    const group = g[e]!;
    if (group.paren || groupLength(group) < 2) break;
    const gap = group.start - spanEnd(prev);
    const sep = codeAt(text, spanEnd(prev));
    if (!prev.paren) {
      if (gap !== 1) break;
      if (separator === -1) separator = sep;
      else if (sep !== separator) break;
    }
    total += groupLength(group);
    if (total > 11) break;
    if (total >= 9) best = e;
  }
  return best;
}

function matchRun(text: string, groups: DigitGroup[], plus: number, usable: number, spans: Span[]): void {
  let s = 0;
  let free = 0;
  while (s < usable) {
    // Groups joined by `-` or `.` form one identifier (UUIDs, ISBNs): no number starts inside one.
    const before = codeAt(text, spanStart(groups[s]!) - 1);
    if (s > free && (before === 45 || before === 46)) {
      s++;
      continue;
    }
    const isPlus = s === 0 && plus >= 0;
    let e = -1;
    if (isPlus) e = international(text, groups, s, usable);
    else {
      e = northAmerican(text, groups, s, usable);
      if (e < 0) e = doubleZero(text, groups, s, usable);
      if (e < 0) e = trunkZero(text, groups, s, usable);
    }
    if (e >= 0) {
      spans.push({ start: isPlus ? plus : spanStart(groups[s]!), end: spanEnd(groups[e]!) });
      s = e + 1;
      free = s;
    } else s++;
  }
}

/**
 * Phone numbers in international (`+` or `00`) and common national formats. Bare digit runs
 * without a plus or separators are left alone: they are far more often ids and timestamps.
 */
export function createPhoneDetector(): Detector {
  return {
    kind: 'phone',
    find(text) {
      const spans: Span[] = [];
      const n = text.length;
      const first = firstDigit(text);
      if (first < 0) return spans;
      let i = Math.max(0, first - 2); // a `+` or `(` may come first
      while (i < n) {
        const c = codeAt(text, i);
        if (!(isDigit(c) || c === 43 || c === 40) || !startsToken(text, i)) {
          i++;
          continue;
        }
        const run = readDigitRun(text, i, PHONE_RUN);
        const usable = run.glued ? run.groups.length - 1 : run.groups.length;
        if (usable > 0) matchRun(text, run.groups, run.plus, usable, spans);
        i = run.end > i ? run.end : i + 1;
      }
      return spans;
    },
  };
}
