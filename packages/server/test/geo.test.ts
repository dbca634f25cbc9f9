import { afterEach, describe, expect, it } from 'vitest';
import { createGeo, normalizeCountry } from '../src/geo/country';
import { makeBatch, makeEvent } from './helpers';
import { connect, type LiveApp, openListeningApp } from './ops-helpers';
import { openQueryApp } from './query/query-app';
import { STORE_TARGETS } from './support/store-targets';

let t: LiveApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('country lookup', () => {
  it('keeps ISO codes only', () => {
    expect(normalizeCountry(' de ')).toBe('DE');
    for (const bad of ['XX', 'T1', 'DEU', 'D', '', '12', undefined, ['DE']]) expect(normalizeCountry(bad), String(bad)).toBe('');
  });

  it('reads the configured header, or asks the lookup; a failing lookup only loses the country', () => {
    expect(createGeo({ header: 'CF-IPCountry' }).countryOf({ ip: '203.0.113.9', headers: { 'cf-ipcountry': 'nl' } })).toBe('NL');
    expect(createGeo().countryOf({ ip: '203.0.113.9', headers: { 'cf-ipcountry': 'nl' } })).toBe('');
    expect(createGeo({ lookup: ({ ip }) => (ip.startsWith('203.') ? 'fr' : undefined) }).countryOf({ ip: '203.0.113.9', headers: {} })).toBe('FR');
    const errors: unknown[] = [];
    const failing = createGeo({ lookup: () => { throw new Error('database missing'); } }, (error) => errors.push(error));
    expect(failing.countryOf({ ip: '203.0.113.9', headers: {} })).toBe('');
    expect(errors).toHaveLength(1);
  });

  it('trusts a forwarded country only from this process', () => {
    const geo = createGeo({ header: 'cf-ipcountry' });
    expect(geo.forwarded(geo.forward('JP'))).toBe('JP');
    expect(geo.forwarded({ 'x-sightline-country': 'JP' })).toBeUndefined();
    expect(createGeo().forwarded(geo.forward('JP'))).toBeUndefined();
    expect(geo.forward('')).toEqual({});
  });
});

describe('the country segment from a CDN header', () => {
  const sessionsIn = async (s: LiveApp, country: string) => {
    const res = await fetch(`${s.url}/v1/query/sessions?from=0&country=${country}`, { headers: { 'x-sightline-key': s.readKey } });
    return ((await res.json()) as { sessions: Array<{ sessionId: string }> }).sessions.map((session) => session.sessionId).sort();
  };
  const post = (s: LiveApp, sessionId: string, headers: Record<string, string>) =>
    fetch(`${s.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sightline-key': s.writeKey, ...headers },
      body: JSON.stringify(makeBatch([makeEvent({ sessionId, ts: Date.now() })])),
    });

  it('files HTTP and WebSocket batches under the sender country, and ignores a client claiming one', async () => {
    const s = (t = await openListeningApp({ geo: { header: 'cf-ipcountry' } }));
    expect((await post(s, 'from-germany', { 'cf-ipcountry': 'DE' })).status).toBe(200);
    expect((await post(s, 'unknown', {})).status).toBe(200);
    expect((await post(s, 'claims-france', { 'x-sightline-country': 'FR', 'x-sightline-forwarded': 'guess' })).status).toBe(200);
    const ws = connect(`${s.wsUrl}/v1/ws`, { 'x-sightline-key': s.writeKey, 'cf-ipcountry': 'jp' });
    ws.send({ type: 'batch', seq: 1, batch: makeBatch([makeEvent({ sessionId: 'from-japan', ts: Date.now() })]) });
    expect(await ws.next('ack')).toMatchObject({ seq: 1, accepted: 1 });
    ws.socket.close();
    expect(await sessionsIn(s, 'DE')).toEqual(['from-germany']);
    expect(await sessionsIn(s, 'JP')).toEqual(['from-japan']);
    expect(await sessionsIn(s, 'FR')).toEqual([]);
  });
});

describe.each(STORE_TARGETS)('a batch country in the store ($name)', (target) => {
  it('is the session country of the segment filter', async () => {
    const q = await openQueryApp(target);
    try {
      const now = Date.now();
      await q.store.insertBatch('demo', [makeEvent({ sessionId: 'se', ts: now }), makeEvent({ sessionId: 'se', ts: now + 5 })], now, { country: 'SE' });
      await q.store.insertBatch('demo', [makeEvent({ sessionId: 'none', ts: now })], now);
      const ids = async (country: string) => ((await q.get(`/v1/query/sessions?from=0&country=${country}`)).sessions as Array<{ sessionId: string }>).map((s) => s.sessionId);
      expect(await ids('SE')).toEqual(['se']);
      expect(await ids('DE')).toEqual([]);
    } finally {
      await q.close();
    }
  }, 60_000);
});
