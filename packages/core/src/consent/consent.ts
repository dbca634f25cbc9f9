import type { Environment } from '../env/environment';

/**
 * - `granted`: events are stored and sent.
 * - `pending`: nothing is written to cookies or storage and nothing is sent; events wait in memory.
 * - `denied`: nothing is stored or sent; waiting events are discarded.
 */
export type ConsentMode = 'granted' | 'denied' | 'pending';

export interface ConsentPolicy {
  initial: ConsentMode;
  respectGlobalPrivacyControl: boolean;
  respectDoNotTrack: boolean;
}

/** The mode to start in: a browser privacy signal, when honoured, outranks the configured default. */
export function initialConsent(env: Environment | undefined, policy: ConsentPolicy): ConsentMode {
  if (policy.respectGlobalPrivacyControl && readGpc(env)) return 'denied';
  if (policy.respectDoNotTrack && readDnt(env)) return 'denied';
  return policy.initial;
}

function readGpc(env: Environment | undefined): boolean {
  try {
    return (env?.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;
  } catch {
    return false;
  }
}

function readDnt(env: Environment | undefined): boolean {
  try {
    const nav = env?.navigator as { doNotTrack?: string | null } | undefined;
    const win = env?.window as { doNotTrack?: string | null } | undefined;
    return nav?.doNotTrack === '1' || nav?.doNotTrack === 'yes' || win?.doNotTrack === '1';
  } catch {
    return false;
  }
}
