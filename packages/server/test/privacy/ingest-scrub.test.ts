import { afterEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent, openTestApp, type TestApp } from '../helpers';

let test: TestApp | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('ingest scrubs before it stores', () => {
  it('stores no PII from a client that sent it unscrubbed', async () => {
    test = await openTestApp();
    const leaky = makeEvent({
      name: 'signup by jane.doe@example.com',
      props: { note: 'card 4111 1111 1111 1111', password: 'hunter2', plan: 'pro' },
    });
    leaky.page = { ...leaky.page, url: 'https://shop.test/?email=jane.doe%40example.com', title: 'Welcome jane.doe@example.com' };
    const response = await test.app.inject({
      method: 'POST',
      url: `/v1/batch?key=${test.writeKey}`,
      payload: makeBatch([leaky]),
    });
    expect(response.statusCode).toBe(200);
    const read = await test.app.inject({ method: 'GET', url: '/v1/events', headers: { 'x-sightline-key': test.readKey } });
    const stored = read.body;
    expect(stored).not.toMatch(/jane\.doe|4111|hunter2/);
    const [event] = (JSON.parse(stored) as { events: Array<{ name: string; props: Record<string, unknown>; page: { title: string } }> }).events;
    expect(event!.name).toBe('signup by [email]');
    expect(event!.page.title).toBe('Welcome [email]');
    expect(event!.props).toEqual({ note: 'card [card]', password: '[redacted]', plan: 'pro' });
  });
});
