import { SECTOR_CODES } from '@jcc/contracts';
import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '../../../components/ui/page-states';
import { useFormatters, useLabels } from '../../../lib/labels';
import { useFirmCounts } from '../api/get-firm-counts';

/** Live counts: firms from each country and the sectors with the most firms. */
export function FirmCounts() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const format = useFormatters();
  const counts = useFirmCounts();

  if (counts.isPending) {
    return <LoadingState />;
  }
  if (counts.isError) {
    return <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />;
  }
  const { byCountry, bySector, total, capped } = counts.data;
  const sectors = SECTOR_CODES.map((code) => ({ code, count: bySector[code] ?? 0 }))
    .filter((sector) => sector.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 8);
  const most = sectors[0]?.count ?? 1;
  const shown = (value: number) => `${format.number(value)}${capped ? '+' : ''}`;

  return (
    <Stack data-testid="firm-counts">
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        {(
          [
            ['total', total],
            ['PK', byCountry.PK],
            ['AZ', byCountry.AZ],
          ] as const
        ).map(([key, value]) => (
          <Paper key={key} withBorder radius="md" p="md" ta="center">
            <Text fz={32} fw={700} c="jcc.9" data-testid={`count-${key}`}>
              {shown(value)}
            </Text>
            <Text size="sm">
              {key === 'total'
                ? t('landing.firmsTotal')
                : t('landing.firmsFrom', { country: label('country', key) })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {sectors.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={3} size="h5" mb="sm">
            {t('landing.bySector')}
          </Title>
          <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sectors.map((sector) => (
              <li key={sector.code}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{label('sector', sector.code)}</Text>
                  <Text size="sm" fw={600}>
                    {format.number(sector.count)}
                  </Text>
                </Group>
                <Progress value={(sector.count / most) * 100} size="sm" color="jcc.7" aria-hidden />
              </li>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
