import { describe, it } from 'vitest';
import { expectScrubbedEverywhere, expectUntouched } from './helpers';

describe('ssn detector', () => {
  it.each(['078-05-1120', '123-45-6789', '219 09 9999', '899-99-0001'])('scrubs %s everywhere', (ssn) => {
    expectScrubbedEverywhere(ssn, '[ssn]');
  });

  it.each([
    '000-12-3456',
    '666-12-3456',
    '900-12-3456',
    '999-12-3456',
    '123-00-4567',
    '123-45-0000',
    '123456789',
    'ORD-123-45-6789',
    '123-45-6789-01',
    '123-45 6789',
    '2024-01-15',
  ])('leaves %s alone', (text) => expectUntouched(text));
});
