import type { ValidationError } from 'class-validator';
import type { FieldError } from '@jcc/contracts';

/** Flattens class-validator's tree into the contract's `[{ field, messages }]`, nested paths dotted. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
