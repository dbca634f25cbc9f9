import { describe, expect, it } from 'vitest';
import { scrubText } from '../src/index';
import { expectUntouched } from './helpers';

describe('look-alikes come through untouched', () => {
  it.each([
    ['uuid', '123e4567-e89b-12d3-a456-426614174000'],
    ['uuid v7', '018f3c2a-7b1e-7c3d-9a4b-5e6f70819203'],
    ['order id', 'ORD-2024-000123'],
    ['order number failing Luhn', '4111111111111112'],
    ['order number', '1234567890123456'],
    ['sku', 'SKU-88412-XL'],
    ['sku with digits', 'AB-1234-5678-90'],
    ['price', '$1,234.56'],
    ['price in euros', '1 234,56 €'],
    ['price range', '€12.99 - €1,299.00'],
    ['version', '1.2.3'],
    ['build version', 'v10.0.19045'],
    ['four-part version', 'v2.10.4.1'],
    ['semver prerelease', '2.0.0-rc.1+build.5'],
    ['iso timestamp', '2024-01-15T10:30:00.000Z'],
    ['iso with offset', '2024-01-15T10:30:00+01:00'],
    ['unix seconds', '1700000000'],
    ['unix ms', '1700000000000'],
    ['date', '15/01/2024'],
    ['dotted date', '15.01.2024'],
    ['time', '10:30:00'],
    ['hex colour', '#ff00aa'],
    ['short hex colour', '#fa0'],
    ['numeric hex colour', '#112233'],
    ['css selector', 'div.card > a:nth-child(2)'],
    ['id selector', '#main'],
    ['pseudo element', 'button.primary::after'],
    ['file path', '/usr/local/lib/node_modules/@sightline/scrubber/dist/index.js'],
    ['windows path', 'C:\\Users\\Public\\Documents\\report-2024.pdf'],
    ['retina asset', '/img/logo@2x.png'],
    ['hash', 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['git sha', 'commit 3f2a9c1d8e7b6a5f4c3d2e1f0a9b8c7d6e5f4a3b'],
    ['percent', '12.5%'],
    ['dimensions', '1920x1080'],
    ['coordinates', '51.5074, -0.1278'],
    ['npm scope', '@sightline/core@0.1.0'],
    ['invoice number', 'Invoice 2024-000123, due 2024-02-01'],
    ['dotted build number', 'Build 2024.01.15.1234'],
    ['reference', 'Ref: 20240115-123456-7890'],
    ['user agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.129 Safari/537.36'],
    ['css values', 'rgba(255, 255, 255, 0.5) translate3d(0px, -120px, 0px) matrix(1, 0, 0, 1, 0, 0)'],
    ['stack frame', 'at https://shop.example.com/static/js/main.4f3a2b1c.js:2:104563'],
    ['result count', 'Showing 1 - 20 of 1,024 results'],
    ['order and date', 'Order #100234567 placed on 12/01/2024 for $59.99'],
    ['tracking number', 'Tracking number 1Z999AA10123456784'],
    ['isbn', 'ISBN 978-0-306-40615-7'],
    ['scores', 'score 10 20 30 40 50'],
    ['test id', 'data-testid="product-card-00123"'],
    ['tailwind classes', '<div class="grid-cols-12 gap-4 md:grid-cols-3">'],
    ['address', 'Room 101, 22 Baker Street, London NW1 6XE'],
    ['key-value prose', 'key=value; secret_sauce=42'],
  ])('%s: %s', (_name, text) => expectUntouched(text));

  it('leaves ordinary prose alone', () => {
    const prose = [
      'The quick brown fox jumps over the lazy dog.',
      'Your order of 3 items ships on 15 January 2024 and costs $42.50.',
      'Click "Save" to keep your changes, or press Esc to cancel.',
      'Password must be at least 8 characters long.',
      'Use a token of appreciation; the secret to success is practice.',
      'Chapter 12, page 345: the 1990s saw 25% growth.',
      'Call us during business hours (9:00-17:00, Mon-Fri).',
      'Step 1 of 4 - Shipping address',
    ];
    for (const line of prose) expect(scrubText(line)).toBe(line);
  });
});
