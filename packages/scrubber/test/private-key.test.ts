import { describe, expect, it } from 'vitest';
import { scrubObject, scrubText } from '../src/index';

const body = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n';

describe('private key detector', () => {
  it.each(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'])(
    'scrubs a whole %s block',
    (label) => {
      const pem = `-----BEGIN ${label}-----\n${body}-----END ${label}-----`;
      expect(scrubText(`key:\n${pem}\nafter`)).toBe('key:\n[private_key]\nafter');
      expect(scrubText(JSON.stringify({ key: pem, n: 1 }))).toBe('{"key":"[private_key]","n":1}');
      expect(scrubObject({ config: { pem } })).toEqual({ config: { pem: '[private_key]' } });
    },
  );

  it('scrubs to the end when the END line is missing', () => {
    expect(scrubText(`x -----BEGIN PRIVATE KEY-----\n${body}`)).toBe('x [private_key]');
  });

  it('leaves certificates and public keys alone', () => {
    const cert = `-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----`;
    const pub = `-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYI\n-----END PUBLIC KEY-----`;
    expect(scrubText(cert)).toBe(cert);
    expect(scrubText(pub)).toBe(pub);
  });
});
