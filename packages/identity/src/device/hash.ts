const toHex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * SHA-256 of `salt:value`, hex. The salt (the project key by default) keeps one project's
 * signals from being joined with another's. Without `crypto.subtle` (insecure contexts) there is
 * no signal: the raw value is never sent instead.
 */
export async function saltedSha256(salt: string, value: string, subtle: SubtleCrypto | undefined): Promise<string | undefined> {
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${value}`));
  return toHex(digest);
}

export function defaultSubtle(): SubtleCrypto | undefined {
  try {
    return globalThis.crypto?.subtle;
  } catch {
    return undefined;
  }
}
