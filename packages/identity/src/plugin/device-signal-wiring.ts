import type { IdentityPluginContext } from '../core-hooks';
import { createDeviceSignal, DEVICE_SIGNAL_EVENT } from '../device/device-signal';
import type { IdentityPluginOptions } from './identity-plugin';

const SIGNALLED_KEY = 'identity:signal';

export interface RunningDeviceSignal {
  /** Try again for the latest session (consent just granted). */
  retry(): void;
  stop(): void;
}

/** Feeds the device signal the session of every event; off unless the options ask for it. */
export function startDeviceSignal(
  context: IdentityPluginContext,
  options: IdentityPluginOptions['deviceSignal'],
  granted: () => boolean,
): RunningDeviceSignal | undefined {
  if (!options) return undefined;
  const settings = options === true ? {} : options;
  const signal = createDeviceSignal({
    consent: granted,
    salt: settings.salt ?? context.config.projectKey,
    emit: context.emit,
    loader: settings.loader,
    subtle: settings.subtle,
    memory: {
      get: () => context.storage.get(SIGNALLED_KEY, 'session'),
      set: (sessionId) => context.storage.set(SIGNALLED_KEY, sessionId, 'session'),
    },
    onError: context.reportError,
  });
  let lastSession: string | undefined;
  const unsubscribe = context.onEvent((event) => {
    if (event.type === DEVICE_SIGNAL_EVENT) return;
    lastSession = event.sessionId;
    signal.notice(event.sessionId);
  });
  return {
    retry: () => lastSession && signal.notice(lastSession),
    stop() {
      signal.stop();
      unsubscribe();
    },
  };
}
