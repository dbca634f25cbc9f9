import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrubObject, scrubText, scrubUrl } from '../src/index';
import {
  awsKeyArb,
  bearerArb,
  orderIdArb,
  orderNumberArb,
  pemArb,
  secretKeyArb,
  secretValueArb,
  userInfoArb,
  cardArb,
  emailArb,
  ibanArb,
  ipv4Arb,
  ipv6Arb,
  jwtArb,
  needles,
  phoneArb,
  ssnArb,
  wordsArb,
} from './arbitraries';

const KINDS = {
  card: cardArb,
  iban: ibanArb,
  ssn: ssnArb,
  email: emailArb,
  ipv4: ipv4Arb,
  ipv6: ipv6Arb,
  jwt: jwtArb,
  aws_key: awsKeyArb,
  phone: phoneArb,
};

const expectGone = (out: string, value: string): void => {
  for (const needle of needles(value)) {
    expect(out).not.toContain(needle);
    expect(out).not.toContain(encodeURIComponent(needle));
  }
};

describe('no generated value survives (recall)', () => {
  for (const [kind, arb] of Object.entries(KINDS)) {
    it(`${kind}: in prose, JSON, URLs and objects`, () => {
      fc.assert(
        fc.property(arb, wordsArb, wordsArb, (value, before, after) => {
          const prose = `${before} ${value} ${after}`.trim();
          expectGone(scrubText(prose), value);
          expectGone(scrubText(JSON.stringify({ event: 'click', text: prose })), value);
          expectGone(JSON.stringify(scrubObject({ props: { text: prose, nested: [value] }, [value]: 1 })), value);
          const url = `https://shop.example/p/${encodeURIComponent(value)}?q=${encodeURIComponent(prose)}&v=${encodeURIComponent(value)}#${encodeURIComponent(value)}`;
          expectGone(scrubUrl(url), value);
          expectGone(JSON.stringify(scrubObject({ page: { url } })), value);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('secrets that need context survive nowhere', () => {
  it('PEM private keys', () => {
    fc.assert(
      fc.property(pemArb, wordsArb, ({ pem, secret }, words) => {
        expect(scrubText(`${words}\n${pem}\n${words}`)).not.toContain(secret);
        expect(scrubText(JSON.stringify({ key: pem }))).not.toContain(secret);
        expect(JSON.stringify(scrubObject({ config: { tls: pem } }))).not.toContain(secret);
      }),
      { numRuns: 200 },
    );
  });

  it('bearer tokens', () => {
    fc.assert(
      fc.property(bearerArb, (token) => {
        expect(scrubText(`Authorization: Bearer ${token}`)).not.toContain(token);
        expect(scrubText(JSON.stringify({ headers: { auth: `Bearer ${token}` } }))).not.toContain(token);
        expect(scrubUrl(`/api?h=${encodeURIComponent(`Bearer ${token}`)}`)).not.toContain(token);
      }),
      { numRuns: 300 },
    );
  });

  it('URL user-info', () => {
    fc.assert(
      fc.property(userInfoArb, wordsArb, ([user, pass], words) => {
        const url = `https://${user}:${pass}@db.example.com:5432/app`;
        for (const out of [scrubText(`${words} ${url} ${words}`), scrubUrl(url), JSON.stringify(scrubObject({ dsn: url }))]) {
          expect(out).not.toContain(`${user}:${pass}`);
          expect(out).not.toContain(pass);
          expect(out).toContain('db.example.com');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('values under password-named keys', () => {
    fc.assert(
      fc.property(secretKeyArb, secretValueArb, (key, value) => {
        expect(JSON.stringify(scrubObject({ form: { [key]: value } }))).not.toContain(value);
        expect(scrubUrl(`/login?${encodeURIComponent(key)}=${encodeURIComponent(value)}`)).not.toContain(encodeURIComponent(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('look-alikes come through unchanged (precision)', () => {
  const isoDate = fc
    .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString());
  const version = fc
    .tuple(fc.nat(99), fc.nat(99), fc.nat(99999), fc.boolean())
    .map(([a, b, c, v]) => `${v ? 'v' : ''}${a}.${b}.${c}`);
  const price = fc.tuple(fc.nat(9_999_999), fc.boolean()).map(([cents, euro]) => {
    const amount = cents / 100;
    return euro
      ? `${amount.toLocaleString('fr-FR', { minimumFractionDigits: 2 }).replace(/\u202f/g, ' ')} €`
      : `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  });
  const colour = fc.stringMatching(/^#[0-9a-fA-F]{6}$/);
  const samples = {
    uuid: fc.uuid(),
    iso: isoDate,
    version,
    price,
    colour,
    unix: fc.integer({ min: 1_000_000_000, max: 1_999_999_999 }).map(String),
    unixMs: fc.integer({ min: 1_000_000_000_000, max: 1_999_999_999_999 }).map(String),
    orderNumber: orderNumberArb,
    orderId: orderIdArb,
  };
  for (const [name, arb] of Object.entries(samples)) {
    it(name, () => {
      fc.assert(
        fc.property(arb, wordsArb, (value, words) => {
          const text = `${words} ${value} ${words}`;
          expect(scrubText(text)).toBe(text);
        }),
        { numRuns: 500 },
      );
    });
  }
});
