import {
  isValidRegistrationNumber,
  registrationNumberFormat,
  type Country,
  type FieldError,
} from '@jcc/contracts';

/**
 * Rules that span fields, checked on the profile as it will be after the write. Shared by the
 * profile endpoints and the member import, so both refuse the same things with the same words.
 */
export function companyRuleErrors(
  country: Country,
  profile: { registrationNumber?: string | null; jvSectors?: string[]; partnershipTypes: string[] },
): FieldError[] {
  const errors: FieldError[] = [];
  const number = profile.registrationNumber;
  if (number && !isValidRegistrationNumber(country, number)) {
    const format = registrationNumberFormat(country);
    errors.push({
      field: 'registrationNumber',
      messages: [`registrationNumber must be a ${format.label} like ${format.example}`],
    });
  }
  if ((profile.jvSectors?.length ?? 0) > 0 && !profile.partnershipTypes.includes('joint_venture')) {
    errors.push({
      field: 'jvSectors',
      messages: ['jvSectors needs joint_venture among partnershipTypes'],
    });
  }
  return errors;
}
