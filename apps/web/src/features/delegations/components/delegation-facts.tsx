import type { DelegationResponse } from '@jcc/contracts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters, useLabels } from '@/lib/labels';

/** Direction, host city, dates and focus sectors of a delegation, in one or two lines. */
export function DelegationFacts({ delegation }: { delegation: DelegationResponse }) {
  const { t } = useTranslation();
  const { list } = useLabels();
  const format = useFormatters();
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t(`delegations.directions.${delegation.direction}`)}
        </Text>
        <Text size="sm">·</Text>
        <Text size="sm" dir="auto">
          {delegation.hostCity}
        </Text>
        <Text size="sm">·</Text>
        <Text size="sm">
          {t('delegations.dates', {
            from: format.date(`${delegation.startsOn}T12:00:00Z`),
            to: format.date(`${delegation.endsOn}T12:00:00Z`),
          })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed">
        {t('delegations.focus', { sectors: list('sector', delegation.sectors) })}
      </Text>
    </>
  );
}
