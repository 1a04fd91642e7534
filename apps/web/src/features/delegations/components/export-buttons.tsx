import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useExportDelegation, type ExportFormat } from '../api/export-delegation';
import { delegationErrorText } from '../lib/delegation-errors';

/** The list as CSV (for spreadsheets) and as a print-ready PDF (for ministries). */
export function ExportButtons({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation();
  const exporter = useExportDelegation(delegationId);
  const busy = (format: ExportFormat) => exporter.isPending && exporter.variables === format;
  return (
    <>
      <Group gap="xs">
        {(['csv', 'pdf'] as const).map((format) => (
          <Button
            key={format}
            variant="light"
            size="sm"
            loading={busy(format)}
            disabled={exporter.isPending && !busy(format)}
            onClick={() => exporter.mutate(format)}
            data-testid={`export-${format}`}
          >
            {t(format === 'csv' ? 'delegations.exportCsv' : 'delegations.exportPdf')}
          </Button>
        ))}
      </Group>
      {exporter.isError && (
        <Alert color="red" role="alert">
          {delegationErrorText(t, exporter.error)}
        </Alert>
      )}
    </>
  );
}
