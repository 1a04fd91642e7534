import { COUNTRIES, PARTNERSHIP_TYPES, SECTOR_CODES } from '@jcc/contracts';
import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLabels } from '@/lib/labels';

const HsChapterSelect = lazy(() =>
  import('./hs-chapter-select').then((m) => ({ default: m.HsChapterSelect })),
);

export interface DirectoryParams {
  q: string;
  country: string;
  sector: string;
  hs: string;
  partnershipType: string;
  verified: boolean;
}

export function DirectoryFilters({
  value,
  onChange,
}: {
  value: DirectoryParams;
  onChange: (key: keyof DirectoryParams, next: string | boolean) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const [q, setQ] = useState(value.q);
  const search = useDebouncedCallback((next: string) => onChange('q', next), 350);
  const any = { value: '', label: t('filters.any') };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      <TextInput
        label={t('directory.search')}
        placeholder={t('directory.searchPlaceholder')}
        type="search"
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        style={{ flex: '1 1 16rem' }}
      />
      <NativeSelect
        label={t('filters.country')}
        value={value.country}
        onChange={(event) => onChange('country', event.currentTarget.value)}
        data={[any, ...COUNTRIES.map((code) => ({ value: code, label: label('country', code) }))]}
      />
      <NativeSelect
        label={t('filters.sector')}
        value={value.sector}
        onChange={(event) => onChange('sector', event.currentTarget.value)}
        data={[any, ...SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) }))]}
        maw="100%"
      />
      {/* Until its chunk arrives, a read-only field of the same size holds the place. */}
      <Suspense
        fallback={
          <TextInput
            label={t('filters.hs')}
            placeholder={t('filters.any')}
            readOnly
            w={{ base: '100%', xs: 260 }}
          />
        }
      >
        <HsChapterSelect value={value.hs} onChange={(next) => onChange('hs', next)} />
      </Suspense>
      <NativeSelect
        label={t('filters.partnershipType')}
        value={value.partnershipType}
        onChange={(event) => onChange('partnershipType', event.currentTarget.value)}
        data={[
          any,
          ...PARTNERSHIP_TYPES.map((code) => ({ value: code, label: label('partnership', code) })),
        ]}
      />
      <Checkbox
        label={t('filters.verifiedOnly')}
        checked={value.verified}
        onChange={(event) => onChange('verified', event.currentTarget.checked)}
        mb={8}
      />
    </Group>
  );
}
