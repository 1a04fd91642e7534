import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { dayFromToday } from '@/lib/dates';

export interface StatsParams {
  from: string;
  to: string;
}

const PRESETS = [4, 13, 26, 52] as const;

/** The window of the figures: two dates (the last included) or a number of weeks to today. */
export function StatsFilters({
  value,
  onChange,
  invalid,
}: {
  value: StatsParams;
  onChange: (next: StatsParams) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="date"
        label={t('stats.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ ...value, from: event.currentTarget.value })}
        error={invalid ? t('stats.fromAfterTo') : undefined}
        data-testid="stats-from"
      />
      <TextInput
        type="date"
        label={t('stats.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ ...value, to: event.currentTarget.value })}
        data-testid="stats-to"
      />
      <Group gap={4} role="group" aria-label={t('stats.presets')}>
        {PRESETS.map((weeks) => (
          <Button
            key={weeks}
            size="xs"
            variant="default"
            onClick={() => onChange({ from: dayFromToday(-weeks * 7), to: dayFromToday(0) })}
          >
            {t('stats.lastWeeks', { count: weeks })}
          </Button>
        ))}
      </Group>
    </Group>
  );
}
