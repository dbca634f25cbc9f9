import { describe, expect, it } from 'vitest';
import { scrubText } from '../src/index';
import { expectScrubbedEverywhere, expectUntouched } from './helpers';

describe('ip detectors', () => {
  it.each([
    '192.168.1.1',
    '8.8.8.8',
    '255.255.255.255',
    '10.0.0.1',
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    '2001:db8::8a2e:370:7334',
    'fe80::1ff:fe23:4567:890a',
    '::ffff:192.0.2.128',
    '2001:db8::1',
    'FE80::1',
    'fe80::1%eth0',
  ])('scrubs %s everywhere', (ip) => {
    expectScrubbedEverywhere(ip, '[ip]');
  });

  it('keeps ports, prefixes and brackets around the address', () => {
    expect(scrubText('host 10.0.0.1:8080 net 10.1.2.0/24')).toBe('host [ip]:8080 net [ip]/24');
    expect(scrubText('http://[2001:db8::1]:8080/')).toBe('http://[[ip]]:8080/');
    expect(scrubText('X-Forwarded-For: 203.0.113.7, 198.51.100.1')).toBe('X-Forwarded-For: [ip], [ip]');
  });

  it.each([
    '1.2.3',
    'v2.10.4.1',
    'version v10.0.19045.3803',
    '1.2.3.4.5',
    '256.1.1.1',
    '10:30:00',
    '::1',
    'std::vector<int>',
    'a::before',
    'dead::beef',
    '00:1A:2B:3C:4D:5E',
    '2024-01-15T10:30:00Z',
    'Foo::Bar::baz()',
    '12:34:56.789',
  ])('leaves %s alone', (text) => expectUntouched(text));
});
