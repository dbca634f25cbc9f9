import { describe, expect, it } from 'vitest';
import { createScrubber, scrubUrl } from '../src/index';

describe('scrubUrl', () => {
  it('redacts sensitive query parameters by name, case-insensitively', () => {
    expect(scrubUrl('https://app.example/cb?code=abc&state=xyz&Token=1&PASSWORD=2&sid=3&api_key=4&apiKey=5')).toBe(
      'https://app.example/cb?code=[redacted]&state=xyz&Token=[redacted]&PASSWORD=[redacted]&sid=[redacted]&api_key=[redacted]&apiKey=[redacted]',
    );
  });

  it('redacts signed-URL parameters (x-amz-signature style)', () => {
    const url =
      'https://bucket.s3.amazonaws.com/file.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20240101&X-Amz-Date=20240101T000000Z&X-Amz-Security-Token=FQoG&X-Amz-Signature=abcdef';
    expect(scrubUrl(url)).toBe(
      'https://bucket.s3.amazonaws.com/file.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=[redacted]&X-Amz-Date=20240101T000000Z&X-Amz-Security-Token=[redacted]&X-Amz-Signature=[redacted]',
    );
  });

  it('scrubs values by content, percent-decoded first', () => {
    expect(scrubUrl('/search?q=call%20%2B44%2020%207946%200958&page=2')).toBe('/search?q=call%20[phone]&page=2');
    expect(scrubUrl('/search?q=john.doe%40example.com')).toBe('/search?q=[email]');
    expect(scrubUrl('/pay?n=4111+1111+1111+1111&amount=12.50')).toBe('/pay?n=[card]&amount=12.50');
  });

  it('reads + in values both as a space and as a plus', () => {
    expect(scrubUrl('/x?q=john+tag@example.com&r=1')).toBe('/x?q=[email]&r=1');
    expect(scrubUrl('/x?q=call+%2B44+20+7946+0958')).toBe('/x?q=call%20[phone]');
    expect(scrubUrl('/x?q=call+me+maybe')).toBe('/x?q=call+me+maybe');
  });

  it('keeps unchanged parameters byte for byte', () => {
    const url = 'https://example.com/a%20b/c?x=1&y=%7Bz%7D&flag&empty=#top';
    expect(scrubUrl(url)).toBe(url);
  });

  it('removes user-info', () => {
    expect(scrubUrl('https://user:pass@example.com/path')).toBe('https://example.com/path');
    expect(scrubUrl('ftp://anonymous@ftp.example.org')).toBe('ftp://ftp.example.org');
    expect(scrubUrl('//user:p%40ss@cdn.example.com/x')).toBe('//cdn.example.com/x');
  });

  it('scrubs path segments', () => {
    expect(scrubUrl('https://example.com/users/jane%40example.com/orders/ORD-2024-000123')).toBe(
      'https://example.com/users/[email]/orders/ORD-2024-000123',
    );
    expect(scrubUrl('mailto:jane@example.com')).toBe('mailto:[email]');
  });

  it('scrubs IP hosts', () => {
    expect(scrubUrl('http://192.168.0.10:8080/admin')).toBe('http://[ip]:8080/admin');
  });

  it('scrubs fragments: SPA routes and OAuth replies', () => {
    expect(scrubUrl('https://app.example/#/users/jane@example.com')).toBe('https://app.example/#/users/[email]');
    expect(scrubUrl('https://app.example/cb#access_token=ya29.abc&token_type=Bearer&expires_in=3600')).toBe(
      'https://app.example/cb#access_token=[redacted]&token_type=[redacted]&expires_in=3600',
    );
    expect(scrubUrl('https://app.example/#/reset?email=a%40b.co&step=2')).toBe(
      'https://app.example/#/reset?email=[redacted]&step=2',
    );
    expect(scrubUrl('https://example.com/page#main')).toBe('https://example.com/page#main');
  });

  it('scrubs URLs encoded into a path segment', () => {
    const inner = encodeURIComponent('https://other.example/cb?token=abc&u=1');
    expect(scrubUrl(`https://proxy.example/fetch/${inner}`)).toBe(
      `https://proxy.example/fetch/https:%2F%2Fother.example%2Fcb%3Ftoken%3D[redacted]%26u%3D1`,
    );
  });

  it('scrubs nested URLs in parameters', () => {
    const inner = encodeURIComponent('https://other.example/cb?token=secret123&u=jane@example.com');
    const out = scrubUrl(`https://login.example/?redirect_uri=${inner}`);
    expect(out).not.toContain('secret123');
    expect(out).not.toContain('jane');
  });

  it('handles relative URLs', () => {
    expect(scrubUrl('/checkout?email=a@b.co&step=2')).toBe('/checkout?email=[redacted]&step=2');
    expect(scrubUrl('?token=abc')).toBe('?token=[redacted]');
    expect(scrubUrl('profile/jane@example.com')).toBe('profile/[email]');
    expect(scrubUrl('')).toBe('');
  });

  it.each([
    'http://',
    'https://%',
    '%E0%A4%A',
    'https://exa mple.com/?q=%ZZ&token=%',
    '::::',
    '?&&==&',
    '#',
    'https://[::1/',
    'javascript:alert(1)',
    '\u0000\uD800',
  ])('does not throw on malformed input %j', (url) => {
    expect(() => scrubUrl(url)).not.toThrow();
    expect(typeof scrubUrl(url)).toBe('string');
  });

  it('still scrubs values behind malformed escapes', () => {
    expect(scrubUrl('/x?q=%ZZ%20jane@example.com')).toBe('/x?q=%ZZ%20[email]');
  });

  it('can drop sensitive parameters instead of redacting them', () => {
    const scrubber = createScrubber({ dropSensitiveParams: true, sensitiveQueryKeys: ['Customer-Ref'] });
    expect(scrubber.scrubUrl('/x?a=1&token=t&customer_ref=42&b=2')).toBe('/x?a=1&b=2');
  });

  it('cuts over-long URLs at a delimiter and marks them', () => {
    const scrubber = createScrubber({ maxLength: 64 });
    const out = scrubber.scrubUrl(`https://example.com/a?email=x&q=${'y'.repeat(100)}&token=abc`);
    expect(out).toBe('https://example.com/a?email=[redacted][truncated]');
  });
});
