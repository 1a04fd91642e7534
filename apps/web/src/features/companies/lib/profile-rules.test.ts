import type { CompanyResponse } from '@jcc/contracts';
import { describe, expect, it } from 'vitest';

import {
  checkProfileField,
  EMPTY_PROFILE,
  fromCompany,
  toCreateBody,
  toUpdateBody,
  type ProfileValues,
} from './profile-rules';

const valid: ProfileValues = {
  ...EMPTY_PROFILE,
  name: 'Crescent Sports',
  country: 'PK',
  city: 'Sialkot',
  sizeBand: 'medium',
  sectors: ['sports_goods'],
  partnershipTypes: ['export'],
  languages: ['en'],
};

describe('profile rules (the API’s, in the browser)', () => {
  it.each([
    ['name', { name: 'A' }, 'validation.minLength', { count: 2 }],
    ['name', { name: '   ' }, 'validation.required', { count: 2 }],
    ['city', { city: 'x'.repeat(101) }, 'validation.maxLength', { count: 100 }],
    [
      'registrationNumber',
      { registrationNumber: '12345' },
      'validation.registrationNumber',
      { label: 'NTN', example: '1234567-8' },
    ],
    [
      'registrationNumber',
      { country: 'AZ', registrationNumber: '1234567-8' },
      'validation.registrationNumber',
      { label: 'VÖEN', example: '1234567890' },
    ],
    ['foundedYear', { foundedYear: '1799' }, 'validation.foundedYearMin', undefined],
    ['foundedYear', { foundedYear: '3000' }, 'validation.foundedYearFuture', undefined],
    ['foundedYear', { foundedYear: '19x5' }, 'validation.foundedYearInteger', undefined],
    ['website', { website: 'crescent' }, 'validation.website', undefined],
    ['website', { website: 'ftp://crescent.pk' }, 'validation.website', undefined],
    ['sectors', { sectors: [] }, 'validation.minItems', { count: 1 }],
    [
      'sectors',
      { sectors: ['textiles', 'leather', 'food', 'sports_goods', 'energy', 'tourism'] },
      'validation.maxItems',
      { count: 5 },
    ],
    ['jvSectors', { jvSectors: ['chemicals'] }, 'validation.jvNeedsJointVenture', undefined],
    ['languages', { languages: [] }, 'validation.minItems', { count: 1 }],
    ['description', { description: 'x'.repeat(4001) }, 'validation.maxLength', { count: 4000 }],
  ] as const)('%s: %j → %s', (field, change, key, params) => {
    expect(checkProfileField(field, { ...valid, ...change } as ProfileValues)).toEqual(
      params ? { key, params } : { key },
    );
  });

  it('accepts a website typed without https:// and sends it with one', () => {
    const values = { ...valid, website: '  sialkotsurgical.pk ' };
    expect(checkProfileField('website', values)).toBeNull();
    expect(toCreateBody(values).website).toBe('https://sialkotsurgical.pk');
    expect(toCreateBody({ ...values, website: 'http://x.pk' }).website).toBe('http://x.pk');
  });

  it('accepts a valid profile', () => {
    const fields = Object.keys(valid) as (keyof ProfileValues)[];
    expect(
      fields.map((field) =>
        checkProfileField(field, {
          ...valid,
          registrationNumber: '1234567-8',
          website: 'https://crescent.pk',
          foundedYear: '1998',
        }),
      ),
    ).toEqual(fields.map(() => null));
  });

  it('builds the API body: trimmed, optional fields left out or null, JV sectors only with a JV', () => {
    expect(
      toCreateBody({ ...valid, name: '  Crescent Sports ', jvSectors: ['chemicals'] }),
    ).toEqual({
      name: 'Crescent Sports',
      country: 'PK',
      city: 'Sialkot',
      sizeBand: 'medium',
      foundedYear: null,
      website: null,
      sectors: ['sports_goods'],
      jvSectors: [],
      offersHs: [],
      seeksHs: [],
      partnershipTypes: ['export'],
      languages: ['en'],
      description: '',
      certifications: [],
    });
  });

  it('sends only what changed on update, and null to clear a registration number', () => {
    const company = {
      ...toCreateBody({ ...valid, registrationNumber: '1234567-8' }),
      registrationNumber: '1234567-8',
    } as unknown as CompanyResponse;
    const before = fromCompany(company);
    expect(toUpdateBody(before, { ...before, description: 'We make footballs.' })).toEqual({
      description: 'We make footballs.',
    });
    expect(toUpdateBody(before, { ...before, registrationNumber: '' })).toEqual({
      registrationNumber: null,
    });
    expect(toUpdateBody(before, before)).toEqual({});
  });
});
