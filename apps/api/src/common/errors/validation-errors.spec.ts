import type { ValidationError } from 'class-validator';
import { toFieldErrors } from './validation-errors';

describe('toFieldErrors', () => {
  it('flattens nested errors into dotted fields with all their messages', () => {
    const errors = [
      {
        property: 'name',
        constraints: { minLength: 'too short', isString: 'not a string' },
        children: [],
      },
      {
        property: 'address',
        children: [{ property: 'city', constraints: { maxLength: 'too long' }, children: [] }],
      },
    ] as unknown as ValidationError[];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'name', messages: ['too short', 'not a string'] },
      { field: 'address.city', messages: ['too long'] },
    ]);
  });
});
