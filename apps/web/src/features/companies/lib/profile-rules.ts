import {
  COMPANY_LIMITS as LIMITS,
  isValidRegistrationNumber,
  normalizeWebsite,
  registrationNumberFormat,
  type CompanyResponse,
  type Country,
} from '@jcc/contracts';

import type { CreateCompanyBody } from '../api/create-company';
import type { UpdateCompanyBody } from '../api/update-company';

/**
 * The company profile as the form holds it, the API's rules for it (the same limits and the same
 * messages, translated), and the conversions to and from the API's bodies.
 */
export interface ProfileValues {
  name: string;
  country: Country | '';
  city: string;
  registrationNumber: string;
  sizeBand: CreateCompanyBody['sizeBand'] | '';
  foundedYear: string;
  website: string;
  sectors: CreateCompanyBody['sectors'];
  jvSectors: CreateCompanyBody['sectors'];
  offersHs: CreateCompanyBody['offersHs'];
  seeksHs: CreateCompanyBody['seeksHs'];
  partnershipTypes: CreateCompanyBody['partnershipTypes'];
  languages: CreateCompanyBody['languages'];
  description: string;
  certifications: string[];
}

export type ProfileField = keyof ProfileValues;

export const EMPTY_PROFILE: ProfileValues = {
  name: '',
  country: '',
  city: '',
  registrationNumber: '',
  sizeBand: '',
  foundedYear: '',
  website: '',
  sectors: [],
  jvSectors: [],
  offersHs: [],
  seeksHs: [],
  partnershipTypes: [],
  languages: [],
  description: '',
  certifications: [],
};

/** The wizard's steps and the fields each one checks before moving on. */
export const PROFILE_STEPS: readonly (readonly ProfileField[])[] = [
  ['name', 'country', 'city', 'registrationNumber', 'sizeBand', 'foundedYear', 'website'],
  ['sectors'],
  ['offersHs', 'seeksHs'],
  ['partnershipTypes', 'jvSectors', 'languages'],
  ['description', 'certifications'],
];

/** A message as an i18n key of `common` with its parameters. */
export interface RuleMessage {
  key: string;
  params?: Record<string, string | number>;
}

function length(value: string, { min, max }: { min: number; max: number }): RuleMessage | null {
  const trimmed = value.trim();
  if (trimmed.length < min) {
    return {
      key: trimmed.length === 0 ? 'validation.required' : 'validation.minLength',
      params: { count: min },
    };
  }
  return trimmed.length > max ? { key: 'validation.maxLength', params: { count: max } } : null;
}

function items(
  list: readonly unknown[],
  { min, max }: { min: number; max: number },
): RuleMessage | null {
  if (list.length < min) {
    return { key: 'validation.minItems', params: { count: min } };
  }
  return list.length > max ? { key: 'validation.maxItems', params: { count: max } } : null;
}

export function checkProfileField(field: ProfileField, values: ProfileValues): RuleMessage | null {
  switch (field) {
    case 'name':
      return length(values.name, LIMITS.name);
    case 'city':
      return length(values.city, LIMITS.city);
    case 'country':
    case 'sizeBand':
      return values[field] ? null : { key: 'validation.required' };
    case 'registrationNumber': {
      const number = values.registrationNumber.trim();
      if (!number || !values.country) {
        return null;
      }
      if (!isValidRegistrationNumber(values.country, number)) {
        const { label, example } = registrationNumberFormat(values.country);
        return { key: 'validation.registrationNumber', params: { label, example } };
      }
      return null;
    }
    case 'foundedYear': {
      const year = values.foundedYear.trim();
      if (!year) {
        return null;
      }
      if (!/^\d+$/.test(year)) {
        return { key: 'validation.foundedYearInteger' };
      }
      if (Number(year) < LIMITS.foundedYearMin) {
        return { key: 'validation.foundedYearMin' };
      }
      return Number(year) > new Date().getUTCFullYear() + 1
        ? { key: 'validation.foundedYearFuture' }
        : null;
    }
    case 'website': {
      const website = normalizeWebsite(values.website);
      if (!website) {
        return null;
      }
      try {
        const url = new URL(website);
        return /^https?:$/.test(url.protocol) &&
          url.hostname.includes('.') &&
          website.length <= LIMITS.websiteMaxLength
          ? null
          : { key: 'validation.website' };
      } catch {
        return { key: 'validation.website' };
      }
    }
    case 'sectors':
      return items(values.sectors, LIMITS.sectors);
    case 'offersHs':
    case 'seeksHs':
      return items(values[field], LIMITS.hsChapters);
    case 'jvSectors':
      if (values.jvSectors.length > 0 && !values.partnershipTypes.includes('joint_venture')) {
        return { key: 'validation.jvNeedsJointVenture' };
      }
      return items(values.jvSectors, LIMITS.jvSectors);
    case 'partnershipTypes':
      return items(values.partnershipTypes, { min: 1, max: Infinity });
    case 'languages':
      return items(values.languages, LIMITS.languages);
    case 'description':
      return values.description.length > LIMITS.descriptionMaxLength
        ? { key: 'validation.maxLength', params: { count: LIMITS.descriptionMaxLength } }
        : null;
    case 'certifications':
      if (
        values.certifications.some((item) => item.trim().length > LIMITS.certificationMaxLength)
      ) {
        return { key: 'validation.maxLength', params: { count: LIMITS.certificationMaxLength } };
      }
      return items(values.certifications, LIMITS.certifications);
  }
}

export function toCreateBody(values: ProfileValues): CreateCompanyBody {
  if (!values.country || !values.sizeBand) {
    throw new Error('country and sizeBand are checked before sending');
  }
  const registrationNumber = values.registrationNumber.trim();
  const website = normalizeWebsite(values.website);
  return {
    name: values.name.trim(),
    country: values.country,
    city: values.city.trim(),
    ...(registrationNumber ? { registrationNumber } : {}),
    sizeBand: values.sizeBand,
    foundedYear: values.foundedYear.trim() ? Number(values.foundedYear) : null,
    website: website || null,
    sectors: values.sectors,
    jvSectors: values.partnershipTypes.includes('joint_venture') ? values.jvSectors : [],
    offersHs: values.offersHs,
    seeksHs: values.seeksHs,
    partnershipTypes: values.partnershipTypes,
    languages: values.languages,
    description: values.description.trim(),
    certifications: values.certifications.map((item) => item.trim()).filter(Boolean),
  };
}

/** Only what changed, so that editing the description does not send a verified firm back to review. */
export function toUpdateBody(before: ProfileValues, after: ProfileValues): UpdateCompanyBody {
  const full = toCreateBody(after);
  const previous = toCreateBody(before);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(full) as (keyof CreateCompanyBody)[]) {
    if (JSON.stringify(full[key]) !== JSON.stringify(previous[key])) {
      changes[key] = full[key];
    }
  }
  if (before.registrationNumber.trim() && !after.registrationNumber.trim()) {
    changes.registrationNumber = null;
  }
  return changes;
}

export function fromCompany(company: CompanyResponse): ProfileValues {
  return {
    name: company.name,
    country: company.country,
    city: company.city,
    registrationNumber: company.registrationNumber ?? '',
    sizeBand: company.sizeBand,
    foundedYear: company.foundedYear ? String(company.foundedYear) : '',
    website: company.website ?? '',
    sectors: company.sectors,
    jvSectors: company.jvSectors,
    offersHs: company.offersHs as ProfileValues['offersHs'],
    seeksHs: company.seeksHs as ProfileValues['seeksHs'],
    partnershipTypes: company.partnershipTypes,
    languages: company.languages,
    description: company.description,
    certifications: company.certifications,
  };
}

/** The step that holds a field (to show the first server-side error). */
export function stepOf(field: string): number {
  const index = PROFILE_STEPS.findIndex((fields) => (fields as readonly string[]).includes(field));
  return index === -1 ? 0 : index;
}
