import { isValidRegistrationNumber } from './registration-number';

describe('isValidRegistrationNumber', () => {
  it.each([
    ['PK', '1234567-8', true],
    ['PK', '0000001-0', true],
    ['PK', '12345678', false],
    ['PK', '123456-78', false],
    ['PK', '1234567-89', false],
    ['PK', 'A234567-8', false],
    ['AZ', '1234567890', true],
    ['AZ', '123456789', false],
    ['AZ', '12345678901', false],
    ['AZ', '1234567-89', false],
    ['AZ', '12345 67890', false],
  ] as const)('%s %s → %s', (country, value, expected) => {
    expect(isValidRegistrationNumber(country, value)).toBe(expected);
  });
});
