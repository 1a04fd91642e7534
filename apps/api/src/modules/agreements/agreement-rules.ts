import type { Country, FieldError } from '@jcc/contracts';
import { InvalidInputError } from '../../common/errors/domain-error';

/** The rules of an agreement's shape that need no database: checked before anything is written. */

/** A bilateral agreement joins the two countries: at least one party of each. */
export function checkBilateral(bilateral: boolean, countries: Country[]): FieldError[] {
  if (bilateral && !(countries.includes('PK') && countries.includes('AZ'))) {
    return [
      {
        field: 'parties',
        messages: [
          'a bilateral agreement needs at least one party from Pakistan and one from Azerbaijan',
        ],
      },
    ];
  }
  return [];
}

/** Commitments fall due on or after the signing date. */
export function checkDueDates(
  signedOn: string,
  commitments: { dueOn: string }[],
  field: (index: number) => string,
): FieldError[] {
  return commitments.flatMap((commitment, index) =>
    commitment.dueOn < signedOn
      ? [
          {
            field: field(index),
            messages: [`dueOn must not be before the signing date ${signedOn}`],
          },
        ]
      : [],
  );
}

export function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) {
    throw new InvalidInputError(errors);
  }
}
