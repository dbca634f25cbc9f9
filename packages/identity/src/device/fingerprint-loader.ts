/** The part of `@fingerprintjs/fingerprintjs` the device signal uses. */
export interface FingerprintModule {
  load(options?: { monitoring?: boolean }): Promise<{ get(): Promise<{ visitorId: string; confidence?: { score: number } }> }>;
}

export type FingerprintLoader = () => Promise<FingerprintModule>;

/** The real import, kept behind a function so bundlers split it out and nothing loads before consent. */
export const importFingerprint: FingerprintLoader = () => import('@fingerprintjs/fingerprintjs');
