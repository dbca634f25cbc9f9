import { afterEach, describe, expect, it } from 'vitest';
import { eventSchema, scrubEvent, type Plugin, type SightlineEvent } from '@sightline/core';
import { createTestClient } from '@sightline/core/testing';
import { createScrubber } from '@sightline/scrubber';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

// Base64 of compressed bytes can hold a run the IBAN detector takes for an account number.
const PAYLOAD = 'H4sIAAAAAAAAA+3BMQEAAADCoPVPbQ0PoAAAAAAAAAAAAAAAAAAAAAAAAA/DE89370400440532013000+eBgAA//8DAGB8Zx4T/9w==';
const EMAIL = 'jane.doe@example.com';

const emitter = (opaque: string[] | undefined): Plugin => ({
  name: 'payload@1',
  setup(ctx) {
    ctx.emit({ type: 'replay_chunk', props: { data: PAYLOAD, note: `from ${EMAIL}`, seq: 0 }, ...(opaque && { opaque }) });
  },
});

describe('opaque payloads', () => {
  it('scrubbing would corrupt this payload', () => {
    expect(createScrubber().scrubText(PAYLOAD)).not.toBe(PAYLOAD);
  });

  it('pass the client pipeline whole when marked, while the other props are scrubbed', async () => {
    const { transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [emitter(['data', 'missing'])] });
    await clock.advance(5000);
    const [event] = transport.delivered;
    expect(event!.props).toEqual({ data: PAYLOAD, note: 'from [email]', seq: 0 });
    // Only keys the event has travel, so a server sees exactly what was left unscrubbed.
    expect(event!.opaque).toEqual(['data']);
  });

  it('are scrubbed like any prop when not marked', async () => {
    const { transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [emitter(undefined)] });
    await clock.advance(5000);
    expect(transport.delivered[0]!.props!.data).not.toBe(PAYLOAD);
    expect(transport.delivered[0]!.opaque).toBeUndefined();
  });

  it('never cover a value that is not a string', () => {
    const event = { v: 1, id: 'x', type: 't', ts: 1, sessionId: 's', anonymousId: 'a', page: { url: '', path: '', title: '', referrer: '', viewport: { w: 1, h: 1 }, docHeight: 1 }, props: { nested: { email: EMAIL } }, opaque: ['nested'] } as SightlineEvent;
    expect(scrubEvent(event, createScrubber()).props).toEqual({ nested: { email: '[email]' } });
  });

  it('are part of the wire schema, bounded', () => {
    expect(eventSchema.properties.opaque).toMatchObject({ type: 'array', maxItems: 16 });
  });
});
