import { describe, expect, it } from 'vitest';
import { EVENT_VERSION, type SightlineEvent } from '@sightline/core';
import { createEventsScrubber } from '../../src/privacy/scrub-events';

const event = (overrides: Partial<SightlineEvent>): SightlineEvent => ({
  v: EVENT_VERSION,
  id: '01920000-0000-7000-8000-000000000001',
  type: 'custom',
  ts: 1,
  sessionId: 's',
  anonymousId: 'a',
  page: { url: 'https://shop.test/', path: '/', title: '', referrer: '', viewport: { w: 1, h: 1 }, docHeight: 1 },
  ...overrides,
});

describe('the server scrub pass', () => {
  it('scrubs what a client sent unscrubbed, in every string field', () => {
    const scrub = createEventsScrubber();
    const [clean] = scrub([
      event({
        name: 'mail jane.doe@example.com',
        page: { url: 'https://shop.test/?email=jane.doe%40example.com', path: '/', title: 'Hi jane.doe@example.com', referrer: 'https://u:p@ref.test/', viewport: { w: 1, h: 1 }, docHeight: 1 },
        target: { selector: '#pay', tag: 'button', text: 'Card 4111 1111 1111 1111' },
        props: { note: 'ssn 123-45-6789', api_key: 'anything' },
      }),
    ]);
    expect(JSON.stringify(clean)).not.toMatch(/jane\.doe|4111|123-45-6789|anything|u:p@/);
    expect(clean!.target!.text).toBe('Card [card]');
    expect(clean!.props).toEqual({ note: 'ssn [ssn]', api_key: '[redacted]' });
  });

  it('leaves ordinary analytics data untouched', () => {
    const scrub = createEventsScrubber();
    const input = event({ props: { sku: 'SKU-2024-0042', price: '$1,234.56', version: '2.10.4', orderId: 'ORD-2024-000123' } });
    expect(scrub([input])).toEqual([input]);
  });
});
