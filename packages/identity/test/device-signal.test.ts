import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { EventInput } from '@sightline/core';
import { createDeviceSignal, type DeviceSignalOptions } from '../src/device/device-signal';
import { importFingerprint, type FingerprintModule } from '../src/device/fingerprint-loader';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
// crypto.subtle digests off the main thread: wait on outcomes, and give negative checks some time.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const emittedCount = (emitted: EventInput[], n: number) => vi.waitFor(() => expect(emitted).toHaveLength(n));

function setup(overrides: Partial<DeviceSignalOptions> = {}) {
  let granted = false;
  const emitted: EventInput[] = [];
  const fingerprint: FingerprintModule = {
    load: vi.fn(async () => ({ get: async () => ({ visitorId: 'visitor-123', confidence: { score: 0.4 } }) })),
  };
  const loader = vi.fn(async () => fingerprint);
  const signal = createDeviceSignal({ consent: () => granted, salt: 'project-key', emit: (e) => emitted.push(e), loader, subtle, ...overrides });
  return { signal, emitted, loader, fingerprint, grant: (value = true) => (granted = value) };
}

describe('createDeviceSignal', () => {
  it('does not import the fingerprint library before consent', async () => {
    const { signal, loader, emitted } = setup();
    for (let i = 0; i < 5; i++) signal.notice('session-1');
    await settle();
    expect(loader).not.toHaveBeenCalled();
    expect(emitted).toEqual([]);
  });

  it('after consent, sends the salted SHA-256 of the visitor id, without vendor monitoring', async () => {
    const { signal, loader, emitted, grant, fingerprint } = setup();
    signal.notice('session-1');
    grant();
    signal.notice('session-1');
    await emittedCount(emitted, 1);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(fingerprint.load).toHaveBeenCalledWith({ monitoring: false });
    const expected = createHash('sha256').update('project-key:visitor-123').digest('hex');
    expect(emitted).toEqual([{ type: 'device_signal', props: { signal: expected, confidence: 0.4 } }]);
    expect(JSON.stringify(emitted)).not.toContain('visitor-123');
  });

  it('sends one signal per session and loads the library once', async () => {
    const { signal, loader, emitted, grant } = setup();
    grant();
    signal.notice('session-1');
    signal.notice('session-1');
    await emittedCount(emitted, 1);
    signal.notice('session-1');
    signal.notice('session-2');
    await emittedCount(emitted, 2);
    expect(emitted.map((e) => e.type)).toEqual(['device_signal', 'device_signal']);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('remembers a signalled session across reloads', async () => {
    const { signal, emitted, grant } = setup({ memory: { get: () => 'session-1', set: () => undefined } });
    grant();
    signal.notice('session-1');
    await settle();
    expect(emitted).toEqual([]);
  });

  it('sends nothing if consent is withdrawn while the library loads, and tries again later', async () => {
    const { signal, emitted, grant } = setup();
    grant();
    signal.notice('session-1');
    grant(false);
    await settle();
    expect(emitted).toEqual([]);
    grant();
    signal.notice('session-1');
    await emittedCount(emitted, 1);
  });

  it('reports a failed import and never throws', async () => {
    const errors: unknown[] = [];
    const { signal, emitted, grant } = setup({ loader: async () => Promise.reject(new Error('offline')), onError: (e) => errors.push(e) });
    grant();
    expect(() => signal.notice('session-1')).not.toThrow();
    await settle();
    expect(emitted).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it('sends nothing without crypto.subtle rather than the raw id', async () => {
    const { signal, emitted, grant } = setup({ subtle: null });
    grant();
    signal.notice('session-1');
    await settle();
    expect(emitted).toEqual([]);
  });

  it('emits nothing after stop, even for work already started', async () => {
    const { signal, emitted, grant } = setup();
    grant();
    signal.notice('session-1');
    signal.stop();
    await settle();
    expect(emitted).toEqual([]);
  });

  it('defaults to the real library, imported only when called', async () => {
    const module = await importFingerprint();
    expect(typeof module.load).toBe('function');
  });
});
