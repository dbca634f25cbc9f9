import { describe, it } from 'vitest';
import { expectScrubbedEverywhere, expectUntouched } from './helpers';

describe('iban detector', () => {
  it.each([
    'DE89370400440532013000',
    'DE89 3704 0044 0532 0130 00',
    'GB82WEST12345698765432',
    'GB82 WEST 1234 5698 7654 32',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
    'ES9121000418450200051332',
    'CH9300762011623852957',
    'BE68539007547034',
    'IT60X0542811101000000123456',
    'NO9386011117947',
    'de89370400440532013000',
  ])('scrubs %s everywhere', (iban) => {
    expectScrubbedEverywhere(iban, '[iban]');
  });

  it.each([
    'DE89370400440532013001',
    'XX89370400440532013000',
    'DE8937040044053201300',
    'DE893704004405320130001',
    'GB82 WEST 1234 5698 7654',
    'AB12 is the code',
  ])('leaves %s alone', (text) => expectUntouched(text));
});
