import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock, createTestClient } from '@sightline/core/testing';
import { campaignOf } from '../src/session/session';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

describe('session', () => {
  it('starts a new session after 30 minutes without activity, not before', async () => {
    const { client, clock } = createTestClient({ projectKey: uniqueKey() });
    const first = client.getSnapshot().sessionId;
    await clock.advance(30 * 60_000 - 1);
    client.track('still-active');
    expect(client.getSnapshot().sessionId).toBe(first);
    await clock.advance(30 * 60_000);
    client.track('back-after-a-break');
    expect(client.getSnapshot().sessionId).not.toBe(first);
  });

  it('survives a reload of the tab', () => {
    const projectKey = uniqueKey();
    const clock = createFakeClock();
    const first = createTestClient({ projectKey, clock }).client.getSnapshot();
    const second = createTestClient({ projectKey, clock }).client.getSnapshot();
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.anonymousId).toBe(first.anonymousId);
  });

  it('starts a new session when the visitor arrives through a new campaign', () => {
    const { client } = createTestClient({ projectKey: uniqueKey() });
    const first = client.getSnapshot().sessionId;
    client.page();
    expect(client.getSnapshot().sessionId).toBe(first);
    history.replaceState(null, '', '/?utm_source=newsletter&utm_campaign=spring');
    client.page();
    const second = client.getSnapshot().sessionId;
    expect(second).not.toBe(first);
    client.page();
    expect(client.getSnapshot().sessionId).toBe(second);
  });

  it('reads a campaign from utm parameters only', () => {
    expect(campaignOf('https://a.test/?utm_source=x&utm_medium=cpc')).toBe('x|cpc|||');
    expect(campaignOf('https://a.test/?ref=x')).toBe('');
    expect(campaignOf('not a url')).toBe('');
  });
});
