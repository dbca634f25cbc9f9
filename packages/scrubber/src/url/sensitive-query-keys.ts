import { memoize } from '../memo';
import { normalizeKey } from '../object/normalize-key';
import type { KeyMatcher } from '../object/secret-keys';

// Query parameter names, normalised (lower case, separators removed).
const QUERY_KEYS = (
  'token password passwd pwd pass secret email mail session sessionid sid auth key apikey ' +
  'accesstoken refreshtoken idtoken code otp ssn card cardnumber cc ccnumber cvv cvc pin phone ' +
  'tel mobile sig signature jwt bearer authorization clientsecret privatekey iban dob'
).split(' ');

// Parts that mark a parameter wherever they appear (`x-amz-signature`, `x-amz-security-token`).
const QUERY_PARTS = (
  'token password passwd secret signature apikey credential sessionid accesskey privatekey ' +
  'authorization'
).split(' ');

/** Matches query parameter names whose values must never be sent, whatever they contain. */
export function createQueryKeyMatcher(extra: readonly string[]): KeyMatcher {
  const keys = [...QUERY_KEYS, ...extra.map(normalizeKey)];
  return memoize((key) => {
    const normal = normalizeKey(key);
    if (keys.includes(normal)) return true;
    for (const part of QUERY_PARTS) if (normal.includes(part)) return true;
    return false;
  });
}
