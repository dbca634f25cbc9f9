import { describe, expect, it } from 'vitest';
import type { ScopedStorage } from '@sightline/core';
import { decideMode, loadRecord, saveRecord } from '../src/sampling/decision';

const memoryStorage = (): ScopedStorage => {
  const map = new Map<string, string>();
  return {
    get: (key, area = 'local') => map.get(`${area}:${key}`) ?? null,
    set: (key, value, area = 'local') => void map.set(`${area}:${key}`, value),
    remove: (key, area = 'local') => void map.delete(`${area}:${key}`),
  };
};

describe('sampling decision', () => {
  it('records in full with probability sampleRate, else buffers when on-signal is on, else stays off', () => {
    expect(decideMode(0.5, false, () => 0.49)).toBe('full');
    expect(decideMode(0.5, false, () => 0.5)).toBe('off');
    expect(decideMode(0.5, true, () => 0.9)).toBe('buffer');
    expect(decideMode(0, false, () => 0)).toBe('off');
  });

  it('is stored in the session area, so a reload keeps the decision and the sequence', () => {
    const storage = memoryStorage();
    saveRecord(storage, { sid: 's1', mode: 'buffer', seq: 7, sentSince: 0 });
    expect(storage.get('replay', 'session')).not.toBeNull();
    expect(storage.get('replay', 'local')).toBeNull();
    expect(loadRecord(storage)).toEqual({ sid: 's1', mode: 'buffer', seq: 7, sentSince: 0 });
  });

  it('ignores a damaged record', () => {
    const storage = memoryStorage();
    storage.set('replay', '{"mode":"weird"}', 'session');
    expect(loadRecord(storage)).toBeNull();
    storage.set('replay', 'not json', 'session');
    expect(loadRecord(storage)).toBeNull();
  });
});
