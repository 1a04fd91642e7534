import { Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { TONES } from '@/components/ui/company-badges';
import { ErrorState } from '@/components/ui/page-states';
import { useFormatters } from '@/lib/labels';
import { useImports } from '../api/get-imports';

const STATUS_TONES = {
  queued: TONES.neutral,
  running: TONES.waiting,
  done: TONES.good,
  failed: TONES.bad,
} as const;

/** The last imports and dry runs, who ran them aside: when, which file, what came of it. */
export function ImportHistory() {
  const { t } = useTranslation();
  const format = useFormatters();
  const imports = useImports(10);
  if (imports.isError) {
    return <ErrorState error={imports.error} onRetry={() => void imports.refetch()} />;
  }
  const items = imports.data?.items ?? [];
  return (
    <section aria-labelledby="import-history-heading">
      <Title order={2} size="h4" id="import-history-heading" mb="sm">
        {t('imports.history')}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {imports.isPending ? t('state.loading') : t('imports.noHistory')}
        </Text>
      ) : (
        // Cards on a phone (app.css), so nothing needs scrolling sideways by keyboard.
        <Table.ScrollContainer minWidth={0}>
          <Table withTableBorder striped className="responsive-table" data-testid="import-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.when')}</Table.Th>
                <Table.Th>{t('imports.fileName')}</Table.Th>
                <Table.Th>{t('imports.kind')}</Table.Th>
                <Table.Th>{t('imports.statusLabel')}</Table.Th>
                <Table.Th>{t('imports.outcomes.created')}</Table.Th>
                <Table.Th>{t('imports.outcomes.matched')}</Table.Th>
                <Table.Th>{t('imports.outcomes.failed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-label={t('imports.when')}>
                    {format.dateTime(item.createdAt)}
                  </Table.Td>
                  <Table.Td data-label={t('imports.fileName')}>
                    <bdi>{item.fileName}</bdi>
                  </Table.Td>
                  <Table.Td data-label={t('imports.kind')}>
                    {item.dryRun ? t('imports.kindDryRun') : t('imports.kindImport')}
                  </Table.Td>
                  <Table.Td data-label={t('imports.statusLabel')}>
                    <Badge variant="light" radius="sm" tt="none" {...STATUS_TONES[item.status]}>
                      {t(`imports.statuses.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td data-label={t('imports.outcomes.created')}>
                    {format.number(item.created)}
                  </Table.Td>
                  <Table.Td data-label={t('imports.outcomes.matched')}>
                    {format.number(item.matched)}
                  </Table.Td>
                  <Table.Td data-label={t('imports.outcomes.failed')}>
                    {format.number(item.failedCount)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
