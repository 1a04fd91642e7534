export const COUNTRIES = ['PK', 'AZ'] as const;
export type Country = (typeof COUNTRIES)[number];

export const PARTNERSHIP_TYPES = [
  'export',
  'import',
  'joint_venture',
  'distribution',
  'licensing',
  'investment_seeking',
  'investing',
  'technology_transfer',
  'outsourcing',
] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const SIZE_BANDS = [
  { code: 'micro', name: 'Micro (1–9 employees)', minEmployees: 1, maxEmployees: 9 },
  { code: 'small', name: 'Small (10–49 employees)', minEmployees: 10, maxEmployees: 49 },
  { code: 'medium', name: 'Medium (50–249 employees)', minEmployees: 50, maxEmployees: 249 },
  { code: 'large', name: 'Large (250+ employees)', minEmployees: 250, maxEmployees: null },
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number]['code'];
export const SIZE_BAND_CODES: readonly SizeBand[] = SIZE_BANDS.map((band) => band.code);

/** Working languages a firm can do business in (ISO 639-1). */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'ur', name: 'Urdu' },
  { code: 'az', name: 'Azerbaijani' },
  { code: 'ru', name: 'Russian' },
  { code: 'tr', name: 'Turkish' },
  { code: 'ar', name: 'Arabic' },
  { code: 'fa', name: 'Persian' },
  { code: 'pa', name: 'Punjabi' },
  { code: 'zh', name: 'Chinese' },
  { code: 'de', name: 'German' },
  { code: 'fr', name: 'French' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

/** Languages the user interface speaks. */
export const UI_LOCALES = ['en', 'az', 'ur', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export const ROLES = ['member', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
