import { describe, expect, it } from 'vitest';

import { daysAndHours } from './duration';

describe('a median duration in days and hours', () => {
  it.each([
    [310.5, { days: 12, hours: 23 }],
    [23.4, { days: 0, hours: 23 }],
    [24, { days: 1, hours: 0 }],
    [0, { days: 0, hours: 0 }],
    [-1, { days: 0, hours: 0 }],
  ])('%s h → %j', (hours, expected) => {
    expect(daysAndHours(hours)).toEqual(expected);
  });
});
