import type { Country } from '@jcc/contracts';

const PK_RANGE = 10_000_000; // seven digits, then a check digit
const AZ_RANGE = 900_000_000; // nine digits after a non-zero first one, then the entity digit

/** The largest index that still gets a unique number in both countries. */
export const MAX_REGISTRATION_INDEX = PK_RANGE - 1;

/**
 * A registration number of the country's shape (NTN `1234567-8`, VÖEN ten digits), unique per
 * index. Derived from the index alone, so batches never need to know about each other.
 */
export function registrationNumberFor(country: Country, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > MAX_REGISTRATION_INDEX) {
    throw new RangeError(`Index ${index} is outside 0…${MAX_REGISTRATION_INDEX}`);
  }
  if (country === 'PK') {
    const base = String(shuffle(index, PK_RANGE, 24)).padStart(7, '0');
    return `${base}-${checkDigit(base)}`;
  }
  // VÖENs never start with 0; the last digit 2 marks a legal entity (1 is a sole trader).
  return `${100_000_000 + shuffle(index, AZ_RANGE, 30)}2`;
}

/**
 * A bijection of [0, range) that scatters consecutive indexes, so neighbouring firms do not get
 * neighbouring, obviously fake, numbers. Each step permutes [0, 2^bits); cycle-walking until the
 * value falls back inside the range keeps it a bijection of the smaller range.
 */
function shuffle(index: number, range: number, bits: number): number {
  const mask = 2 ** bits - 1;
  const half = bits >>> 1;
  let value = index;
  do {
    value = Math.imul(value, 0x2c1b3c6d) & mask;
    value ^= value >>> half;
    value = Math.imul(value, 0x297a2d39) & mask;
    value ^= value >>> half;
    value = (value + 0x5bd1e99) & mask;
  } while (value >= range);
  return value;
}

/** Neither authority publishes its algorithm; any stable digit keeps the numbers looking real. */
function checkDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    sum += Number(digits[i]) * (i + 2);
  }
  return sum % 10;
}
