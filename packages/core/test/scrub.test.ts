import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from '@sightline/core';
import { createTestClient } from '@sightline/core/testing';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
  document.title = '';
});

const EMAIL = 'jane.doe@example.com';
const CARD = '4111 1111 1111 1111';

/** A plugin that puts PII in every string field an event can carry. */
const leaky: Plugin = {
  name: 'leaky@1',
  setup(ctx) {
    ctx.emit({
      type: 'click',
      name: `clicked by ${EMAIL}`,
      target: { selector: `a[data-user="${EMAIL}"]`, tag: 'a', text: `Pay ${CARD}`, href: `https://shop.test/account?email=${EMAIL}` },
      props: { note: `card ${CARD}`, nested: { contact: EMAIL }, password: 'hunter2' },
    });
  },
};

describe('the scrub stage', () => {
  it('scrubs every string of every event before anything sees it', async () => {
    history.replaceState(null, '', `/orders?email=${encodeURIComponent(EMAIL)}&page=2`);
    document.title = `Orders of ${EMAIL}`;
    const streamed: string[] = [];
    const watcher: Plugin = { name: 'watcher@1', setup: (ctx) => void ctx.onEvent((e) => streamed.push(JSON.stringify(e))) };
    const { transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [watcher, leaky] });
    await clock.advance(5000);
    const sent = JSON.stringify(transport.sends);
    for (const text of [sent, ...streamed]) {
      expect(text).not.toContain('jane.doe');
      expect(text).not.toContain('4111');
      expect(text).not.toContain('hunter2');
    }
    const [event] = transport.delivered;
    expect(event!.page.title).toBe('Orders of [email]');
    expect(event!.page.url).toContain('page=2');
    expect(event!.target!.text).toBe('Pay [card]');
    expect(event!.props).toMatchObject({ note: 'card [card]', nested: { contact: '[email]' }, password: '[redacted]' });
  });

  it('can be tuned with scrubber options, or turned off', async () => {
    const tuned = createTestClient({ projectKey: uniqueKey(), plugins: [leaky], scrub: { placeholders: { email: '<email>' } } });
    await tuned.clock.advance(5000);
    expect(tuned.transport.delivered[0]!.props).toMatchObject({ nested: { contact: '<email>' } });

    const off = createTestClient({ projectKey: uniqueKey(), plugins: [leaky], scrub: false });
    await off.clock.advance(5000);
    expect(off.transport.delivered[0]!.props).toMatchObject({ nested: { contact: EMAIL } });
  });

  it('scrubs a page URL, title or target text once however many events carry it, with the same result', async () => {
    history.replaceState(null, '', `/orders?email=${encodeURIComponent(EMAIL)}&page=2`);
    document.title = `Orders of ${EMAIL}`;
    const seen = new Map<string, number>();
    const counting = { kind: 'ticket', find: (text: string) => (seen.set(text, (seen.get(text) ?? 0) + 1), []) };
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [leaky], scrub: { customDetectors: [counting] } });
    for (let i = 0; i < 5; i++) client.track('again');
    await clock.advance(5000);
    const events = transport.delivered;
    expect(events).toHaveLength(6);
    for (const event of events) {
      expect(event.page.title).toBe('Orders of [email]');
      expect(event.page.url).toBe(events[0]!.page.url);
    }
    expect(events[0]!.page.url).not.toContain('jane.doe');
    expect(seen.get(document.title)).toBe(1);
    expect(seen.get('again')).toBe(1);
  });
});
