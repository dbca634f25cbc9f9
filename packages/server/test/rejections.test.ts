import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent, openTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp({ bodyLimit: 64 * 1024 });
});
afterEach(async () => {
  await t.close();
});

const post = (payload: string | Buffer, headers: Record<string, string | undefined> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: Object.fromEntries(
      Object.entries({ 'content-type': 'application/json', 'x-sightline-key': t.writeKey, ...headers }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    ),
    payload,
  });

const withEvent = (patch: (event: Record<string, unknown>) => void) => {
  const event = makeEvent() as unknown as Record<string, unknown>;
  patch(event);
  return JSON.stringify(makeBatch([makeEvent(), event as never]));
};

async function expectRejected(
  res: Awaited<ReturnType<typeof post>>,
  status: number,
  code: string,
  message: RegExp,
  field?: string,
) {
  expect(res.statusCode).toBe(status);
  const { error } = res.json();
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  if (field !== undefined) expect(error.field).toBe(field);
  expect(await t.count()).toBe(0);
}

describe('POST /v1/batch rejects', () => {
  it('malformed JSON with 400', async () => {
    await expectRejected(await post('{"v":1,"events":['), 400, 'SL_ERR_MALFORMED_JSON', /not valid JSON/);
  });

  it('an empty body with 400', async () => {
    await expectRejected(await post(''), 400, 'SL_ERR_MALFORMED_JSON', /empty/);
  });

  it('ts as a string, naming the field', async () => {
    const body = withEvent((e) => (e.ts = '1760000000000'));
    await expectRejected(await post(body), 400, 'SL_ERR_VALIDATION', /^events\/1\/ts must be integer$/, '/events/1/ts');
  });

  it('type as a number, naming the field', async () => {
    const body = withEvent((e) => (e.type = 5));
    await expectRejected(await post(body), 400, 'SL_ERR_VALIDATION', /^events\/1\/type must be string$/, '/events/1/type');
  });

  it('a missing required field, naming it', async () => {
    const body = withEvent((e) => delete e.sessionId);
    await expectRejected(
      await post(body),
      400,
      'SL_ERR_VALIDATION',
      /^events\/1\/sessionId is required$/,
      '/events/1/sessionId',
    );
  });

  it('an unknown property instead of silently dropping it', async () => {
    const body = withEvent((e) => (e.extra = true));
    await expectRejected(await post(body), 400, 'SL_ERR_VALIDATION', /events\/1\/extra is not allowed/, '/events/1/extra');
  });

  it('a batch without events and a wrong version', async () => {
    await expectRejected(
      await post(JSON.stringify({ v: 1, sentAt: 1 })),
      400,
      'SL_ERR_VALIDATION',
      /events is required/,
      '/events',
    );
    await expectRejected(
      await post(JSON.stringify({ ...makeBatch([makeEvent()]), v: 2 })),
      400,
      'SL_ERR_VALIDATION',
      /^v must be 1$/,
      '/v',
    );
  });

  it('numbers the store cannot keep exactly', async () => {
    const body = withEvent((e) => (e.ts = 2 ** 60));
    await expectRejected(await post(body), 400, 'SL_ERR_VALIDATION', /events\/1\/ts must be <=/, '/events/1/ts');
    const infinite = withEvent(() => undefined).replace('"pageX":60', '"pageX":1e400');
    await expectRejected(await post(infinite), 400, 'SL_ERR_VALIDATION', /pageX/);
  });

  it('a missing key with 401', async () => {
    await expectRejected(
      await post(JSON.stringify(makeBatch([makeEvent()])), { 'x-sightline-key': undefined }),
      401,
      'SL_ERR_MISSING_KEY',
      /write key is required/,
    );
  });

  it('an unknown key with 401', async () => {
    await expectRejected(
      await post(JSON.stringify(makeBatch([makeEvent()])), { 'x-sightline-key': 'sl_w_000000000000000000000000' }),
      401,
      'SL_ERR_INVALID_KEY',
      /unknown or revoked/,
    );
  });

  it('a revoked key with 401', async () => {
    await t.keys.revoke(t.writeKey);
    await expectRejected(await post(JSON.stringify(makeBatch([makeEvent()]))), 401, 'SL_ERR_INVALID_KEY', /revoked/);
  });

  it('a read key on ingest with 403', async () => {
    await expectRejected(
      await post(JSON.stringify(makeBatch([makeEvent()])), { 'x-sightline-key': t.readKey }),
      403,
      'SL_ERR_WRONG_KEY_KIND',
      /needs a write key, but a read key/,
    );
  });

  it('a body over the limit with 413', async () => {
    const events = Array.from({ length: 200 }, () => makeEvent());
    const body = JSON.stringify(makeBatch(events));
    expect(body.length).toBeGreaterThan(64 * 1024);
    await expectRejected(await post(body), 413, 'SL_ERR_TOO_LARGE', /over the limit of 65536 bytes/);
  });

  it('a gzip body that inflates past the limit with 413', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(1024 * 1024, 0x20));
    await expectRejected(await post(bomb, { 'content-encoding': 'gzip' }), 413, 'SL_ERR_TOO_LARGE', /inflated/);
  });

  it('an unsupported content type or encoding with 415', async () => {
    const body = JSON.stringify(makeBatch([makeEvent()]));
    await expectRejected(
      await post(body, { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'SL_ERR_UNSUPPORTED_MEDIA_TYPE',
      /^content-type application\/x-www-form-urlencoded is not supported; send application\/json or text\/plain$/,
    );
    await expectRejected(
      await post(body, { 'content-type': 'application/jsonl' }),
      415,
      'SL_ERR_UNSUPPORTED_MEDIA_TYPE',
      /application\/jsonl is not supported/,
    );
    await expectRejected(
      await post(body, { 'content-type': undefined }),
      415,
      'SL_ERR_UNSUPPORTED_MEDIA_TYPE',
      /a content-type is required/,
    );
    await expectRejected(
      await post(body, { 'content-encoding': 'br' }),
      415,
      'SL_ERR_UNSUPPORTED_MEDIA_TYPE',
      /content-encoding br/,
    );
  });

  it('a "__proto__" key with 400, however it is spelled', async () => {
    const body = withEvent((e) => (e.props = {})).replace('"props":{}', '"props":{"__proto__":{"x":1}}');
    await expectRejected(await post(body), 400, 'SL_ERR_MALFORMED_JSON', /__proto__/);
    const escaped = body.replace('"__proto__"', '"\\u005f_proto__"');
    expect(escaped).toContain('\\u005f');
    await expectRejected(await post(escaped), 400, 'SL_ERR_MALFORMED_JSON', /__proto__/);
  });
});
