import type { DualTime } from '@jcc/contracts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { clockIn } from '../lib/dual-time';

/**
 * One instant (or a span) on both clocks side by side: PKT and AZT. Each clock is its own
 * left-to-right island so an Urdu page keeps "09:00–09:30" readable.
 */
export function DualClock({ start, end }: { start: DualTime; end?: DualTime }) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.resolvedLanguage ?? 'en';
  const span = (zone: 'PKT' | 'AZT') =>
    end
      ? `${clockIn(language, start, zone)}–${clockIn(language, end, zone)}`
      : clockIn(language, start, zone);
  return (
    <Group gap="xs" wrap="wrap" data-testid="dual-clock">
      {(['PKT', 'AZT'] as const).map((zone) => (
        <Text key={zone} size="sm" span>
          <Text span fw={600} size="xs" c="dimmed">
            {t(`zone.${zone}`)}
          </Text>{' '}
          <bdi dir="ltr">{span(zone)}</bdi>
        </Text>
      ))}
    </Group>
  );
}
