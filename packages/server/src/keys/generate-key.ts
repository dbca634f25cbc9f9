import { randomInt } from 'node:crypto';
import type { KeyKind } from './key-types';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 24;

export const KEY_PREFIX: Record<KeyKind, string> = { write: 'sl_w_', read: 'sl_r_' };

/** `sl_w_` or `sl_r_` and 24 base62 characters (~143 bits), drawn without modulo bias. */
export function generateKey(kind: KeyKind): string {
  let out = KEY_PREFIX[kind];
  for (let i = 0; i < RANDOM_LENGTH; i++) out += BASE62[randomInt(BASE62.length)];
  return out;
}

/** Keys given by an operator must at least be hard to guess and safe in a header. */
export const KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
