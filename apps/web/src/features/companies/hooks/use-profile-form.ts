import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { checkProfileField, type ProfileField, type ProfileValues } from '../lib/profile-rules';

export type ProfileForm = UseFormReturnType<ProfileValues>;

const FIELDS: ProfileField[] = [
  'name',
  'country',
  'city',
  'registrationNumber',
  'sizeBand',
  'foundedYear',
  'website',
  'sectors',
  'jvSectors',
  'offersHs',
  'seeksHs',
  'partnershipTypes',
  'languages',
  'description',
  'certifications',
];

/** The profile form with the API's rules, messages in the current language, checked on blur. */
export function useProfileForm(initialValues: ProfileValues): ProfileForm {
  const { t } = useTranslation();
  return useForm<ProfileValues>({
    mode: 'controlled',
    initialValues,
    validateInputOnBlur: true,
    validate: Object.fromEntries(
      FIELDS.map((field) => [
        field,
        (_value: unknown, values: ProfileValues) => {
          const problem = checkProfileField(field, values);
          return problem ? t(problem.key, problem.params ?? {}) : null;
        },
      ]),
    ),
  });
}
