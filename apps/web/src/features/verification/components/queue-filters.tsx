import { COUNTRIES, SECTOR_CODES } from '@jcc/contracts';
import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLabels } from '@/lib/labels';

export interface QueueParams {
  country: string;
  sector: string;
}

export function QueueFilters({
  value,
  onChange,
}: {
  value: QueueParams;
  onChange: (key: keyof QueueParams, next: string) => void;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('filters.country')}
        value={value.country}
        onChange={(event) => onChange('country', event.currentTarget.value)}
        data={[
          { value: '', label: t('filters.any') },
          ...COUNTRIES.map((code) => ({ value: code, label: label('country', code) })),
        ]}
        data-testid="queue-country"
      />
      <NativeSelect
        label={t('filters.sector')}
        value={value.sector}
        onChange={(event) => onChange('sector', event.currentTarget.value)}
        data={[
          { value: '', label: t('filters.any') },
          ...SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) })),
        ]}
        data-testid="queue-sector"
      />
    </Group>
  );
}
