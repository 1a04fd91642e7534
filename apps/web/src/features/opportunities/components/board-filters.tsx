import { COUNTRIES, HS_CHAPTER_CODES, OPPORTUNITY_KINDS, SECTOR_CODES } from '@jcc/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLabels } from '@/lib/labels';
import type { BoardFilters as Filters } from '../api/get-board';

/** Kind, sector, HS chapter, country and words; each change updates the URL (shareable). */
export function BoardFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (key: keyof Filters, value: string) => void;
}) {
  const { t } = useTranslation('opportunities');
  const { label, hs } = useLabels();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const any = { value: '', label: t('filters.any') };
  return (
    <form
      role="search"
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange('q', q.trim());
      }}
    >
      <Group gap="sm" align="flex-end" wrap="wrap" mb="md">
        <TextInput
          label={t('filters.q')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          style={{ flex: '1 1 200px' }}
        />
        <NativeSelect
          label={t('filters.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => onChange('kind', event.currentTarget.value)}
          data={[
            any,
            ...OPPORTUNITY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
          ]}
        />
        <NativeSelect
          label={t('filters.sector')}
          value={filters.sector ?? ''}
          onChange={(event) => onChange('sector', event.currentTarget.value)}
          data={[
            any,
            ...SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) })),
          ]}
        />
        <NativeSelect
          label={t('filters.hs')}
          value={filters.hs ?? ''}
          onChange={(event) => onChange('hs', event.currentTarget.value)}
          data={[any, ...HS_CHAPTER_CODES.map((code) => ({ value: code, label: hs(code) }))]}
          style={{ maxWidth: 260 }}
        />
        <NativeSelect
          label={t('filters.country')}
          value={filters.country ?? ''}
          onChange={(event) => onChange('country', event.currentTarget.value)}
          data={[any, ...COUNTRIES.map((code) => ({ value: code, label: label('country', code) }))]}
        />
        <Button type="submit" variant="light">
          {t('filters.search')}
        </Button>
      </Group>
    </form>
  );
}
