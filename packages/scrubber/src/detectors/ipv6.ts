import { codeAt, isAlnum, isHex, isWord } from '../chars';
import type { Detector, Span } from '../types';

const MAX_RUN = 64;
const isRunChar = (c: number): boolean => isHex(c) || c === 58 || c === 46;

function isIpv4Tail(part: string): boolean {
  const octets = part.split('.');
  return octets.length === 4 && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/** Validates a candidate: 8 groups, or fewer around exactly one `::`, with an optional IPv4 tail. */
export function isIpv6(s: string): boolean {
  const double = s.indexOf('::');
  if (double !== s.lastIndexOf('::')) return false;
  const halves = double < 0 ? [s] : [s.slice(0, double), s.slice(double + 2)];
  let groups = 0;
  let hasDigit = false;
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h]!;
    if (half === '') continue;
    const parts = half.split(':');
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const lastOfAll = h === halves.length - 1 && p === parts.length - 1;
      if (lastOfAll && part.includes('.')) {
        if (!isIpv4Tail(part)) return false;
        groups += 2;
        hasDigit = true;
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return false;
      if (/\d/.test(part)) hasDigit = true;
      groups++;
    }
  }
  if (double < 0) return groups === 8;
  // `::1` and `dead::beef` are left alone: the loopback is no one's address, and the rest reads as code.
  return groups >= 2 && groups <= 7 && hasDigit;
}

/**
 * IPv6 addresses in full, compressed (`2001:db8::1`) and IPv4-mapped (`::ffff:192.0.2.1`) forms,
 * with an optional zone (`fe80::1%eth0`). Times such as `10:30:00` have too few groups.
 */
export function createIpv6Detector(): Detector {
  return {
    kind: 'ip',
    find(text) {
      const spans: Span[] = [];
      if (text.indexOf(':') < 0) return spans;
      const n = text.length;
      let i = 0;
      while (i < n) {
        const c = codeAt(text, i);
        if (!(isHex(c) || c === 58) || isWord(codeAt(text, i - 1)) || codeAt(text, i - 1) === 46) {
          i++;
          continue;
        }
        let k = i;
        let colons = 0;
        while (k < n && isRunChar(codeAt(text, k))) {
          if (codeAt(text, k) === 58) colons++;
          k++;
        }
        let end = k;
        while (end > i && codeAt(text, end - 1) === 46) end--;
        if (end > i + 1 && codeAt(text, end - 1) === 58 && codeAt(text, end - 2) !== 58) end--;
        if (colons >= 2 && end - i <= MAX_RUN && !isWord(codeAt(text, end)) && isIpv6(text.slice(i, end))) {
          let stop = end;
          if (codeAt(text, stop) === 37 && isAlnum(codeAt(text, stop + 1))) {
            stop++;
            while (stop < n && stop - end < 32 && (isWord(codeAt(text, stop)) || codeAt(text, stop) === 46)) stop++;
          }
          spans.push({ start: i, end: stop });
          i = stop;
          continue;
        }
        i = k > i ? k : i + 1;
      }
      return spans;
    },
  };
}
