import type { Country } from './taxonomy/enums';

/**
 * Pakistan's NTN is seven digits and a check digit written `1234567-8`; Azerbaijan's VÖEN is ten
 * digits. Only the shape is checked: neither tax authority publishes its check-digit algorithm.
 */
const REGISTRATION_NUMBER_FORMATS: Record<
  Country,
  { pattern: RegExp; example: string; label: string }
> = {
  PK: { pattern: /^\d{7}-\d$/, example: '1234567-8', label: 'NTN' },
  AZ: { pattern: /^\d{10}$/, example: '1234567890', label: 'VÖEN' },
};

export function registrationNumberFormat(country: Country) {
  return REGISTRATION_NUMBER_FORMATS[country];
}

export function isValidRegistrationNumber(country: Country, value: string): boolean {
  return REGISTRATION_NUMBER_FORMATS[country].pattern.test(value);
}
