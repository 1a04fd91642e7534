import {
  IMPORT_ROW_OUTCOMES,
  type ImportRowOutcome,
  type ImportRowResponse,
  type ImportStatusResponse,
} from '@jcc/contracts';
import { Anchor, Button, List, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { saveBlob } from '@/lib/download';
import { useFormatters } from '@/lib/labels';
import { useImportRows } from '../api/get-import-rows';
import { importProblemLines, rejectedRowsCsv } from '../lib/import-problems';

function Outcome({ row, dryRun }: { row: ImportRowResponse; dryRun: boolean }) {
  const { t } = useTranslation();
  if (row.outcome === 'failed') {
    return (
      <List size="sm" spacing={2}>
        {row.errors.flatMap((error) =>
          importProblemLines(t, error).map((line, index) => (
            <List.Item key={`${error.field}-${index}`} data-testid="import-problem">
              <Text span size="sm" fw={600}>
                {line.label}
              </Text>
              {line.value !== undefined && (
                <>
                  {' '}
                  “<bdi>{line.value}</bdi>”
                </>
              )}
              : {line.text}
            </List.Item>
          )),
        )}
      </List>
    );
  }
  const text =
    row.outcome === 'matched'
      ? row.matchedBy === 'registrationNumber'
        ? t('imports.matchedByNumber')
        : t('imports.matchedByNameCity')
      : dryRun
        ? t('imports.willBeCreated')
        : t('imports.wasCreated');
  return (
    <Text size="sm">
      {text}
      {row.companyId && (
        <>
          {' · '}
          <Anchor component={Link} to={`/companies/${row.companyId}`} size="sm">
            {t('imports.openFirm')}
          </Anchor>
        </>
      )}
    </Text>
  );
}

function RowsTable({
  status,
  outcome,
}: {
  status: ImportStatusResponse;
  outcome: ImportRowOutcome;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows = useImportRows(status.id, outcome);
  const items = rows.data?.pages.flatMap((page) => page.items) ?? [];
  if (rows.isPending) {
    return <LoadingState />;
  }
  if (rows.isError) {
    return <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />;
  }
  if (items.length === 0) {
    return <EmptyState title={t(`imports.noRows.${outcome}`)} />;
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={0}>
        <Table
          striped
          withTableBorder
          className="responsive-table"
          data-testid="import-rows"
          data-outcome={outcome}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('imports.row')}</Table.Th>
              <Table.Th>{t('imports.firmName')}</Table.Th>
              <Table.Th>{t('imports.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => (
              <Table.Tr key={row.row} data-testid="import-row" data-row={row.row}>
                <Table.Td data-label={t('imports.row')}>{format.number(row.row)}</Table.Td>
                <Table.Td data-label={t('imports.firmName')}>
                  <bdi>{row.name ?? '—'}</bdi>
                </Table.Td>
                <Table.Td data-label={t('imports.result')}>
                  <Outcome row={row} dryRun={status.dryRun} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {outcome === 'failed' && <RejectedRowsDownload status={status} rows={rows} />}
      {rows.hasNextPage && (
        <Button
          variant="default"
          size="xs"
          loading={rows.isFetchingNextPage}
          onClick={() => void rows.fetchNextPage()}
        >
          {t('action.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

/** All rejected rows (every page), as a CSV to correct in a spreadsheet. */
function RejectedRowsDownload({
  status,
  rows,
}: {
  status: ImportStatusResponse;
  rows: ReturnType<typeof useImportRows>;
}) {
  const { t } = useTranslation('firstweek');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      let result = rows;
      while (result.hasNextPage) {
        result = await result.fetchNextPage();
      }
      const items = (result.data?.pages ?? []).flatMap((page) => page.items);
      const csv = rejectedRowsCsv(t, items);
      const base = status.fileName.replace(/\.[^.]+$/, '');
      saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${base}-rejected-rows.csv`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="light"
      size="xs"
      w="fit-content"
      loading={busy}
      onClick={() => void download()}
      data-testid="rejected-rows-csv"
    >
      {t('imports.downloadRejected', { count: status.failedCount })}
    </Button>
  );
}

/** Row by row: what is (or would be) created, matched to a firm already here, refused and why. */
export function ImportRows({ status }: { status: ImportStatusResponse }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counts = { created: status.created, matched: status.matched, failed: status.failedCount };
  const [outcome, setOutcome] = useState<ImportRowOutcome>(
    status.failedCount > 0 ? 'failed' : 'created',
  );
  return (
    <Stack gap="sm">
      <SegmentedControl
        value={outcome}
        onChange={setOutcome}
        aria-label={t('imports.showRows')}
        data={IMPORT_ROW_OUTCOMES.map((value) => ({
          value,
          label: `${t(`imports.outcomes.${value}`)} (${format.number(counts[value])})`,
        }))}
        data-testid="import-outcome"
      />
      <RowsTable key={outcome} status={status} outcome={outcome} />
    </Stack>
  );
}
