import type { ImportStatusResponse } from '@jcc/contracts';
import { Alert, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';

/** The outcome in three numbers: created (or would be), matched existing firms, invalid rows. */
export function ImportSummary({ status }: { status: ImportStatusResponse }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tiles = [
    {
      key: 'created',
      value: status.created,
      label: status.dryRun ? t('imports.wouldCreate') : t('imports.created'),
      color: '#0a5c45',
    },
    { key: 'matched', value: status.matched, label: t('imports.matched'), color: '#1d3f73' },
    { key: 'failed', value: status.failedCount, label: t('imports.failed'), color: '#a11010' },
  ];
  return (
    <>
      {status.status === 'failed' && (
        <Alert color="red" role="alert" title={t('imports.jobFailed')}>
          <Text size="sm" dir="auto">
            {status.error ?? t('error.generic')}
          </Text>
          <Text size="sm">{t('imports.nothingWritten')}</Text>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 3 }} data-testid="import-summary">
        {tiles.map((tile) => (
          <Paper key={tile.key} withBorder p="md" radius="md" ta="center">
            <Text fz={28} fw={700} c={tile.color} data-testid={`import-${tile.key}`}>
              {format.number(tile.value)}
            </Text>
            <Text size="sm">{tile.label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </>
  );
}
