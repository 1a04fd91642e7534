import { COUNTRIES, isValidRegistrationNumber } from '@jcc/contracts';

import { MAX_REGISTRATION_INDEX, registrationNumberFor } from './registration-numbers';

describe('registrationNumberFor', () => {
  it.each(COUNTRIES)('gives valid, unique %s numbers for 200,000 indexes', (country) => {
    const numbers = Array.from({ length: 200_000 }, (_, index) =>
      registrationNumberFor(country, index),
    );
    expect(numbers.filter((number) => !isValidRegistrationNumber(country, number))).toEqual([]);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('scatters neighbouring indexes', () => {
    const numbers = [0, 1, 2].map((index) =>
      Number(registrationNumberFor('PK', index).slice(0, 7)),
    );
    expect(Math.abs(numbers[1] - numbers[0])).toBeGreaterThan(1000);
    expect(Math.abs(numbers[2] - numbers[1])).toBeGreaterThan(1000);
  });

  it('writes VÖENs that do not start with 0 and end in 2 (a legal entity)', () => {
    const numbers = Array.from({ length: 1000 }, (_, index) => registrationNumberFor('AZ', index));
    expect(numbers.filter((number) => !/^[1-9]\d{8}2$/.test(number))).toEqual([]);
  });

  it('refuses indexes it cannot keep unique', () => {
    expect(() => registrationNumberFor('PK', -1)).toThrow(RangeError);
    expect(() => registrationNumberFor('PK', MAX_REGISTRATION_INDEX + 1)).toThrow(RangeError);
    expect(() => registrationNumberFor('AZ', 1.5)).toThrow(RangeError);
  });
});
