import { COUNTRIES, type Country } from '@jcc/contracts';
import { Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { useFormatters, useLabels } from '@/lib/labels';
import { useCompanyCounts } from '../api/get-company-counts';
import { sectorRows } from '../lib/sector-rows';

const SECTORS_SHOWN = 10;
/** Pakistan green and Azerbaijan blue; both AA on white, and told apart by the legend too. */
const COUNTRY_COLORS: Record<Country, string> = { PK: '#0f6a45', AZ: '#1d5fa8' };

function Swatch({ country }: { country: Country }) {
  return (
    <Box
      component="span"
      w={12}
      h={12}
      style={{ display: 'inline-block', borderRadius: 2, background: COUNTRY_COLORS[country] }}
      aria-hidden
    />
  );
}

/** Live counts: firms from each country, and the sectors with the most firms of each country. */
export function FirmCounts() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const format = useFormatters();
  const counts = useCompanyCounts();

  if (counts.isPending) {
    return <LoadingState />;
  }
  if (counts.isError) {
    return <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />;
  }
  const { byCountry, total, bySectorAndCountry } = counts.data;
  const sectors = sectorRows(bySectorAndCountry, SECTORS_SHOWN);
  const most = Math.max(1, ...sectors.flatMap((row) => COUNTRIES.map((c) => row.counts[c])));

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
              {format.number(value)}
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
          <Group justify="space-between" mb="sm" gap="xs">
            <Title order={3} size="h5">
              {t('landing.bySector')}
            </Title>
            <Group gap="md" aria-hidden>
              {COUNTRIES.map((country) => (
                <Group key={country} gap={6}>
                  <Swatch country={country} />
                  <Text size="sm">{label('country', country)}</Text>
                </Group>
              ))}
            </Group>
          </Group>
          <Stack
            gap={10}
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
            data-testid="sector-bars"
          >
            {sectors.map((row) => (
              <li key={row.sector} data-sector={row.sector}>
                <Text size="sm" fw={600} mb={2}>
                  {label('sector', row.sector)}
                </Text>
                {COUNTRIES.map((country) => (
                  <Group key={country} gap="xs" wrap="nowrap">
                    <Box
                      h={10}
                      miw={row.counts[country] > 0 ? 3 : 0}
                      w={`${(row.counts[country] / most) * 75}%`}
                      style={{ background: COUNTRY_COLORS[country], borderRadius: 2 }}
                      aria-hidden
                    />
                    <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                      {t('landing.sectorCount', {
                        country: label('country', country),
                        count: row.counts[country],
                        formatted: format.number(row.counts[country]),
                      })}
                    </Text>
                  </Group>
                ))}
              </li>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
