import type { Environment } from '../env/environment';

const hex = (bytes: Uint8Array, from: number, to: number) => {
  let out = '';
  for (let i = from; i < to; i++) out += (bytes[i] as number).toString(16).padStart(2, '0');
  return out;
};

function randomBytes(env: Environment | undefined, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  try {
    const crypto = env?.crypto ?? (globalThis as { crypto?: Crypto }).crypto;
    if (crypto?.getRandomValues) return crypto.getRandomValues(bytes);
  } catch {
    // Hardened browsers may throw on crypto access; fall through to Math.random.
  }
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix ms, then random bits, so ids sort by creation time
 * and index well on the server.
 */
export function uuidv7(nowMs: number, env?: Environment): string {
  const bytes = randomBytes(env, 16);
  let ms = Math.max(0, Math.floor(nowMs));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  return `${hex(bytes, 0, 4)}-${hex(bytes, 4, 6)}-${hex(bytes, 6, 8)}-${hex(bytes, 8, 10)}-${hex(bytes, 10, 16)}`;
}
