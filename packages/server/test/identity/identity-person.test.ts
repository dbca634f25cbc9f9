import { afterEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent, openTestApp, type TestApp } from '../helpers';

let test: TestApp | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

const A = '01920000-0000-7000-8000-00000000000a';
const B = '01920000-0000-7000-8000-00000000000b';
const C = '01920000-0000-7000-8000-00000000000c';
const SIGNAL = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
let next = 0;
const id = () => `01930000-0000-7000-8000-${String(++next).padStart(12, '0')}`;

describe('GET /v1/identity/person', () => {
  it('resolves visitors to one person: logins join for certain, a device signal alone only probabilistically', async () => {
    test = await openTestApp();
    const events = [
      // A logs in as jane; later B (cookies cleared) logs in as jane too.
      makeEvent({ id: id(), type: 'identify', anonymousId: A, userId: 'jane', ts: 1000 }),
      makeEvent({ id: id(), type: 'device_signal', anonymousId: A, ts: 1100, props: { signal: SIGNAL, confidence: 0.9 } }),
      makeEvent({ id: id(), type: 'identify', anonymousId: B, userId: 'jane', ts: 2000 }),
      // C never logs in, but comes from the same device as A.
      makeEvent({ id: id(), type: 'device_signal', anonymousId: C, ts: 3000, props: { signal: SIGNAL, confidence: 0.9 } }),
    ];
    const posted = await test.app.inject({ method: 'POST', url: `/v1/batch?key=${test.writeKey}`, payload: makeBatch(events) });
    expect(posted.statusCode).toBe(200);

    const person = async (query: string) => {
      const response = await test!.app.inject({ method: 'GET', url: `/v1/identity/person?${query}`, headers: { 'x-sightline-key': test!.readKey } });
      return { status: response.statusCode, body: response.json() as { personId?: string; probabilistic?: boolean; error?: { code: string } } };
    };
    const a = await person(`anonymousId=${A}`);
    const b = await person(`anonymousId=${B}`);
    const jane = await person('userId=jane');
    expect(a.status).toBe(200);
    expect(b.body.personId).toBe(a.body.personId);
    expect(jane.body.personId).toBe(a.body.personId);

    const c = await person(`anonymousId=${C}`);
    expect(c.body).toEqual({ personId: a.body.personId, probabilistic: true });
    const cStrict = await person(`anonymousId=${C}&probabilistic=false`);
    expect(cStrict.body.personId).not.toBe(a.body.personId);
    expect(cStrict.body.probabilistic).toBe(false);
  });

  it('answers 404 for an unknown visitor, 400 for a bad query, and 403 for a write key', async () => {
    test = await openTestApp();
    const get = (url: string, key = test!.readKey) => test!.app.inject({ method: 'GET', url, headers: { 'x-sightline-key': key } });
    expect((await get(`/v1/identity/person?anonymousId=${A}`)).statusCode).toBe(404);
    expect((await get(`/v1/identity/person?anonymousId=${A}&userId=jane`)).json().error.code).toBe('SL_ERR_VALIDATION');
    expect((await get('/v1/identity/person?userId=jane&probabilistic=maybe')).statusCode).toBe(400);
    expect((await get('/v1/identity/person?userId=jane', test!.writeKey)).statusCode).toBe(403);
  });
});
