import { memoize } from '../memo';
import { keyWords, normalizeKey } from './normalize-key';

export type KeyMatcher = (key: string) => boolean;

// Whole keys, normalised (lower case, separators removed).
const SECRET_KEYS = (
  'password passwd pwd passphrase secret token authorization auth cookie setcookie apikey ' +
  'accesstoken refreshtoken idtoken privatekey clientsecret creditcard cardnumber ccnumber cvv ' +
  'cvc cvv2 ssn sessionid otp pin bearer credentials jwt xapikey csrftoken xsrftoken ' +
  'proxyauthorization iban securitycode mysqlpwd accesskey secretkey'
).split(' ');

// Parts that make any key secret wherever they appear in it (`db_password`, `x-amz-security-token`).
const SECRET_PARTS = (
  'password passwd secret apikey accesstoken refreshtoken privatekey creditcard cardnumber ' +
  'credential authorization cookie sessionid csrf xsrf'
).split(' ');

// Whole words inside a key (`authToken` → auth, token). Whole words only, so `author` is not `auth`.
const SECRET_WORDS = 'token auth pwd otp ssn cvv cvc bearer jwt pin'.split(' ');

/** Matches keys that name secrets, case- and separator-insensitively; extras match as whole keys or words. */
export function createKeyMatcher(extra: readonly string[]): KeyMatcher {
  const keys = [...SECRET_KEYS, ...extra.map(normalizeKey)];
  const words = [...SECRET_WORDS, ...extra.map(normalizeKey)];
  return memoize((key) => {
    const normal = normalizeKey(key);
    if (keys.includes(normal)) return true;
    for (const part of SECRET_PARTS) if (normal.includes(part)) return true;
    for (const word of keyWords(key)) if (words.includes(word)) return true;
    return false;
  });
}
