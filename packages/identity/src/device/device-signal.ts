import type { EventInput } from '@sightline/core';
import { importFingerprint, type FingerprintLoader } from './fingerprint-loader';
import { defaultSubtle, saltedSha256 } from './hash';

export interface DeviceSignalOptions {
  /** Whether consent is granted now. Asked before the library is imported and again before emitting. */
  consent: () => boolean;
  /** Salt of the hash: the project key, so signals of two projects cannot be joined. */
  salt: string;
  emit: (input: EventInput) => void;
  /** The dynamic import of the fingerprint library; replaceable in tests. */
  loader?: FingerprintLoader;
  /** Default `crypto.subtle`; `null` means none (an insecure context), and then nothing is sent. */
  subtle?: SubtleCrypto | null;
  /** Remembers the last signalled session across reloads (session storage). */
  memory?: { get(): string | null; set(sessionId: string): void };
  onError?: (error: unknown) => void;
}

export interface DeviceSignal {
  /** Called with the session of each event: emits one `device_signal` per session once consent allows. */
  notice(sessionId: string): void;
  /** No emit after this, even from work already started. */
  stop(): void;
}

export const DEVICE_SIGNAL_EVENT = 'device_signal';

/** A hashed FingerprintJS visitor id, sent once per session, only with consent, loaded lazily. */
export function createDeviceSignal(options: DeviceSignalOptions): DeviceSignal {
  const loader = options.loader ?? importFingerprint;
  const subtle = options.subtle === null ? undefined : (options.subtle ?? defaultSubtle());
  let hashed: Promise<{ signal: string; confidence: number } | undefined> | undefined;
  let signalled: string | undefined;
  let stopped = false;

  const read = async () => {
    const fingerprint = await loader();
    // No monitoring: the library would otherwise call its vendor's server.
    const agent = await fingerprint.load({ monitoring: false });
    const result = await agent.get();
    const signal = await saltedSha256(options.salt, result.visitorId, subtle);
    return signal ? { signal, confidence: result.confidence?.score ?? 0 } : undefined;
  };

  return {
    notice(sessionId) {
      if (stopped || !sessionId || signalled === sessionId || !options.consent()) return;
      if (options.memory?.get() === sessionId) {
        signalled = sessionId;
        return;
      }
      signalled = sessionId;
      hashed ??= read().catch((error: unknown) => {
        options.onError?.(error);
        return undefined;
      });
      void hashed.then((value) => {
        if (stopped) return;
        // Consent may have been withdrawn while the library was loading: try again next time.
        if (!value || !options.consent()) {
          if (signalled === sessionId) signalled = undefined;
          return;
        }
        options.memory?.set(sessionId);
        options.emit({ type: DEVICE_SIGNAL_EVENT, props: { signal: value.signal, confidence: round(value.confidence) } });
      });
    },
    stop() {
      stopped = true;
    },
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
