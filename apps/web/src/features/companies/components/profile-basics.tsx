import { COUNTRIES, registrationNumberFormat, SIZE_BAND_CODES } from '@jcc/contracts';
import {
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLabels } from '@/lib/labels';
import type { ProfileForm } from '../hooks/use-profile-form';

/** Name, country, city, registration number, size, founding year, website. */
export function ProfileBasics({
  form,
  countryLocked = false,
}: {
  form: ProfileForm;
  countryLocked?: boolean;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const { country } = form.getValues();
  const format = country ? registrationNumberFormat(country) : null;
  return (
    <Stack>
      <TextInput
        label={t('profile.name')}
        required
        autoComplete="organization"
        {...form.getInputProps('name')}
      />
      <Radio.Group label={t('profile.country')} required {...form.getInputProps('country')}>
        <Group mt="xs">
          {COUNTRIES.map((code) => (
            <Radio
              key={code}
              value={code}
              label={label('country', code)}
              disabled={countryLocked}
            />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('profile.city')}
          required
          autoComplete="address-level2"
          {...form.getInputProps('city')}
        />
        <TextInput
          label={
            format
              ? t('profile.registrationNumberOf', { label: format.label })
              : t('profile.registrationNumber')
          }
          description={
            format
              ? t('profile.registrationHint', { example: format.example })
              : t('profile.pickCountryFirst')
          }
          placeholder={format?.example}
          inputMode="numeric"
          {...form.getInputProps('registrationNumber')}
        />
        <NativeSelect
          label={t('profile.sizeBand')}
          required
          data={[
            { value: '', label: t('profile.choose') },
            ...SIZE_BAND_CODES.map((code) => ({ value: code, label: label('size', code) })),
          ]}
          {...form.getInputProps('sizeBand')}
        />
        <TextInput
          label={t('profile.foundedYear')}
          inputMode="numeric"
          maxLength={4}
          {...form.getInputProps('foundedYear')}
        />
      </SimpleGrid>
      <TextInput
        label={t('profile.website')}
        type="url"
        placeholder="https://"
        autoComplete="url"
        dir="ltr"
        {...form.getInputProps('website')}
      />
    </Stack>
  );
}

/** Description and certifications. */
export function ProfileAbout({ form }: { form: ProfileForm; countryLocked?: boolean }) {
  const { t } = useTranslation();
  const { description } = form.getValues();
  return (
    <Stack>
      <Textarea
        label={t('profile.description')}
        description={t('profile.descriptionHint')}
        autosize
        minRows={4}
        maxRows={12}
        {...form.getInputProps('description')}
      />
      <Text size="xs" c="dimmed" ta="end" aria-live="polite">
        {t('profile.characters', { count: description.length, max: 4000 })}
      </Text>
      <TagsInput
        label={t('profile.certifications')}
        description={t('profile.certificationsHint')}
        maxTags={20}
        {...form.getInputProps('certifications')}
      />
    </Stack>
  );
}
