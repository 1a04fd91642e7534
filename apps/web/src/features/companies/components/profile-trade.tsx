import { HS_CHAPTER_CODES, LANGUAGE_CODES, PARTNERSHIP_TYPES, SECTOR_CODES } from '@jcc/contracts';
import { Checkbox, MultiSelect, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useLabels, type TaxonomyKind } from '@/lib/labels';
import type { ProfileForm } from '../hooks/use-profile-form';

/** Chapter 77 is reserved in the HS: nobody trades in it. */
const PICKABLE_HS = HS_CHAPTER_CODES.filter((code) => code !== '77');

function CheckboxGrid({
  form,
  field,
  kind,
  codes,
  label,
  description,
}: {
  form: ProfileForm;
  field: 'sectors' | 'partnershipTypes' | 'languages';
  kind: TaxonomyKind;
  codes: readonly string[];
  label: string;
  description?: string;
}) {
  const labels = useLabels();
  return (
    <Checkbox.Group label={label} description={description} required {...form.getInputProps(field)}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
        {codes.map((code) => (
          <Checkbox key={code} value={code} label={labels.label(kind, code)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

export function ProfileSectors({ form }: { form: ProfileForm; countryLocked?: boolean }) {
  const { t } = useTranslation();
  return (
    <CheckboxGrid
      form={form}
      field="sectors"
      kind="sector"
      codes={SECTOR_CODES}
      label={t('profile.sectors')}
      description={t('profile.sectorsHint')}
    />
  );
}

export function ProfileProducts({ form }: { form: ProfileForm; countryLocked?: boolean }) {
  const { t } = useTranslation();
  const { hs } = useLabels();
  const data = useMemo(() => PICKABLE_HS.map((code) => ({ value: code, label: hs(code) })), [hs]);
  const common = {
    data,
    searchable: true,
    clearable: true,
    maxValues: 40,
    hidePickedOptions: true,
    nothingFoundMessage: t('profile.nothingFound'),
    comboboxProps: { withinPortal: true },
  };
  return (
    <Stack>
      <MultiSelect
        label={t('profile.offersHs')}
        description={t('profile.offersHsHint')}
        placeholder={t('profile.searchHs')}
        data-testid="offers-hs"
        {...common}
        {...form.getInputProps('offersHs')}
      />
      <MultiSelect
        label={t('profile.seeksHs')}
        description={t('profile.seeksHsHint')}
        placeholder={t('profile.searchHs')}
        data-testid="seeks-hs"
        {...common}
        {...form.getInputProps('seeksHs')}
      />
    </Stack>
  );
}

export function ProfilePartnership({ form }: { form: ProfileForm; countryLocked?: boolean }) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const { partnershipTypes } = form.getValues();
  return (
    <Stack gap="lg">
      <CheckboxGrid
        form={form}
        field="partnershipTypes"
        kind="partnership"
        codes={PARTNERSHIP_TYPES}
        label={t('profile.partnershipTypes')}
        description={t('profile.partnershipTypesHint')}
      />
      {partnershipTypes.includes('joint_venture') && (
        <MultiSelect
          label={t('profile.jvSectors')}
          description={t('profile.jvSectorsHint')}
          data={SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) }))}
          searchable
          maxValues={10}
          {...form.getInputProps('jvSectors')}
        />
      )}
      <CheckboxGrid
        form={form}
        field="languages"
        kind="language"
        codes={LANGUAGE_CODES}
        label={t('profile.languages')}
        description={t('profile.languagesHint')}
      />
    </Stack>
  );
}
