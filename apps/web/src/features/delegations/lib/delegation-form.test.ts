import type { DelegationResponse } from '@jcc/contracts';
import { describe, expect, it } from 'vitest';

import {
  checkDelegation,
  checkDelegationField,
  EMPTY_DELEGATION,
  isCalendarDate,
  toCreateBody,
  toUpdateBody,
  type DelegationValues,
} from './delegation-form';

const valid: DelegationValues = {
  title: '  Textile buyers to Baku  ',
  direction: 'PK_TO_AZ',
  hostCity: 'Baku',
  startsOn: '2027-04-12',
  endsOn: '2027-04-16',
  sectors: ['textiles', 'leather'],
  capacity: 25,
};

describe('delegation form rules', () => {
  it('asks for every field of an empty form', () => {
    expect(checkDelegation(EMPTY_DELEGATION)).toEqual({
      title: { key: 'validation.required' },
      direction: { key: 'validation.required' },
      hostCity: { key: 'validation.required' },
      startsOn: { key: 'validation.required' },
      endsOn: { key: 'validation.required' },
      sectors: { key: 'validation.minItems', params: { count: 1 } },
      capacity: { key: 'validation.required' },
    });
  });

  it('accepts a complete delegation', () => {
    expect(checkDelegation(valid)).toEqual({});
  });

  it.each([
    ['title', { title: 'ab' }, { key: 'validation.minLength', params: { count: 3 } }],
    ['title', { title: 'x'.repeat(201) }, { key: 'validation.maxLength', params: { count: 200 } }],
    ['title', { title: '   ' }, { key: 'validation.required' }],
    ['hostCity', { hostCity: 'B' }, { key: 'validation.minLength', params: { count: 2 } }],
    ['startsOn', { startsOn: '2027-02-30' }, { key: 'delegations.invalidDate' }],
    ['endsOn', { endsOn: '2027-04-11' }, { key: 'delegations.endsBeforeStart' }],
    [
      'sectors',
      {
        sectors: [
          'textiles',
          'leather',
          'food',
          'sports_goods',
          'surgical_instruments',
          'pharmaceuticals',
          'chemicals',
          'mechanical_engineering',
          'metallurgy',
          'food_processing',
          'energy',
        ],
      },
      { key: 'validation.maxItems', params: { count: 10 } },
    ],
    [
      'capacity',
      { capacity: 0 },
      { key: 'delegations.capacityRange', params: { min: 1, max: 10000 } },
    ],
    [
      'capacity',
      { capacity: 10001 },
      { key: 'delegations.capacityRange', params: { min: 1, max: 10000 } },
    ],
    ['capacity', { capacity: 2.5 }, { key: 'delegations.capacityWhole' }],
  ] as const)('says what is wrong with %s (%j)', (field, patch, problem) => {
    expect(checkDelegationField(field, { ...valid, ...patch } as DelegationValues)).toEqual(
      problem,
    );
  });

  it('allows a one-day delegation', () => {
    expect(checkDelegationField('endsOn', { ...valid, endsOn: valid.startsOn })).toBeNull();
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-4-1')).toBe(false);
  });

  it('sends trimmed text and a number, and only the changed fields on update', () => {
    const body = toCreateBody(valid);
    expect(body).toEqual({
      title: 'Textile buyers to Baku',
      direction: 'PK_TO_AZ',
      hostCity: 'Baku',
      startsOn: '2027-04-12',
      endsOn: '2027-04-16',
      sectors: ['textiles', 'leather'],
      capacity: 25,
    });
    const original: DelegationResponse = {
      ...body,
      id: 'd1',
      homeCountry: 'PK',
      hostCountry: 'AZ',
      seatsTaken: 3,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    expect(toUpdateBody({ ...valid, capacity: 30, hostCity: 'Ganja ' }, original)).toEqual({
      capacity: 30,
      hostCity: 'Ganja',
    });
    expect(toUpdateBody(valid, original)).toEqual({});
  });
});
