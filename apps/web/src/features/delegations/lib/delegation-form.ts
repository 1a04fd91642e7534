import type { DelegationDirection, DelegationResponse, SectorCode } from '@jcc/contracts';

import type { CreateDelegationBody } from '../api/create-delegation';
import type { UpdateDelegationBody } from '../api/update-delegation';

/**
 * A delegation as the form holds it, the API's rules for it (the same limits, so the browser
 * says what the API would), and the bodies for create and update.
 */
export interface DelegationValues {
  title: string;
  direction: DelegationDirection | '';
  hostCity: string;
  startsOn: string;
  endsOn: string;
  sectors: SectorCode[];
  capacity: number | '';
}

export type DelegationField = keyof DelegationValues;

export const DELEGATION_FIELDS: DelegationField[] = [
  'title',
  'direction',
  'hostCity',
  'startsOn',
  'endsOn',
  'sectors',
  'capacity',
];

export const DELEGATION_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  hostCityMin: 2,
  hostCityMax: 100,
  sectorsMax: 10,
  capacityMin: 1,
  capacityMax: 10_000,
} as const;

export const EMPTY_DELEGATION: DelegationValues = {
  title: '',
  direction: '',
  hostCity: '',
  startsOn: '',
  endsOn: '',
  sectors: [],
  capacity: '',
};

export interface Problem {
  key: string;
  params?: Record<string, unknown>;
}

/** A real calendar day `YYYY-MM-DD` (2027-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const L = DELEGATION_LIMITS;

/** The first problem with one field, or null. */
export function checkDelegationField(
  field: DelegationField,
  values: DelegationValues,
): Problem | null {
  switch (field) {
    case 'title':
    case 'hostCity': {
      const text = values[field].trim();
      const [min, max] =
        field === 'title' ? [L.titleMin, L.titleMax] : [L.hostCityMin, L.hostCityMax];
      if (text === '') {
        return { key: 'validation.required' };
      }
      if (text.length < min) {
        return { key: 'validation.minLength', params: { count: min } };
      }
      return text.length > max ? { key: 'validation.maxLength', params: { count: max } } : null;
    }
    case 'direction':
      return values.direction === '' ? { key: 'validation.required' } : null;
    case 'startsOn':
    case 'endsOn': {
      const value = values[field];
      if (value === '') {
        return { key: 'validation.required' };
      }
      if (!isCalendarDate(value)) {
        return { key: 'delegations.invalidDate' };
      }
      if (field === 'endsOn' && isCalendarDate(values.startsOn) && value < values.startsOn) {
        return { key: 'delegations.endsBeforeStart' };
      }
      return null;
    }
    case 'sectors':
      if (values.sectors.length === 0) {
        return { key: 'validation.minItems', params: { count: 1 } };
      }
      return values.sectors.length > L.sectorsMax
        ? { key: 'validation.maxItems', params: { count: L.sectorsMax } }
        : null;
    case 'capacity': {
      const { capacity } = values;
      if (capacity === '') {
        return { key: 'validation.required' };
      }
      if (!Number.isInteger(capacity)) {
        return { key: 'delegations.capacityWhole' };
      }
      return capacity < L.capacityMin || capacity > L.capacityMax
        ? { key: 'delegations.capacityRange', params: { min: L.capacityMin, max: L.capacityMax } }
        : null;
    }
  }
}

export function checkDelegation(
  values: DelegationValues,
): Partial<Record<DelegationField, Problem>> {
  const problems: Partial<Record<DelegationField, Problem>> = {};
  for (const field of DELEGATION_FIELDS) {
    const problem = checkDelegationField(field, values);
    if (problem) {
      problems[field] = problem;
    }
  }
  return problems;
}

/** The create body; call only when checkDelegation found nothing. */
export function toCreateBody(values: DelegationValues): CreateDelegationBody {
  return {
    title: values.title.trim(),
    direction: values.direction as DelegationDirection,
    hostCity: values.hostCity.trim(),
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    sectors: values.sectors,
    capacity: Number(values.capacity),
  };
}

export function fromDelegation(delegation: DelegationResponse): DelegationValues {
  return {
    title: delegation.title,
    direction: delegation.direction,
    hostCity: delegation.hostCity,
    startsOn: delegation.startsOn,
    endsOn: delegation.endsOn,
    sectors: [...delegation.sectors],
    capacity: delegation.capacity,
  };
}

/** Only what changed, for PATCH. */
export function toUpdateBody(
  values: DelegationValues,
  original: DelegationResponse,
): UpdateDelegationBody {
  const next = toCreateBody(values);
  const body: UpdateDelegationBody = {};
  for (const field of DELEGATION_FIELDS) {
    const before = original[field];
    const after = next[field];
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      Object.assign(body, { [field]: after });
    }
  }
  return body;
}
