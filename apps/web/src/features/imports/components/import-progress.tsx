import type { ImportStatusResponse } from '@jcc/contracts';
import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';
import { isImportActive } from '../api/get-import';
import { progressPercent } from '../lib/import-flow';

/** The live progress bar of a dry run or an import, from GET /api/imports/:id. */
export function ImportProgress({
  status,
  uploading,
  dryRun,
}: {
  status: ImportStatusResponse | undefined;
  uploading: boolean;
  dryRun: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = uploading ? 0 : progressPercent(status);
  const active = uploading || isImportActive(status);
  const label = uploading
    ? t('imports.uploading')
    : status?.status === 'queued'
      ? t('imports.queued')
      : active
        ? dryRun
          ? t('imports.checking')
          : t('imports.importing')
        : status?.status === 'failed'
          ? t('imports.jobFailed')
          : dryRun
            ? t('imports.checked')
            : t('imports.imported');
  return (
    <Stack gap={4} data-testid="import-progress-block">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600} role="status" aria-live="polite" data-testid="import-phase">
          {label}
        </Text>
        {status && status.progress.total > 0 && (
          <Text size="sm" c="dimmed" data-testid="import-rows-done">
            {t('imports.rowsDone', {
              done: format.number(status.progress.done),
              total: format.number(status.progress.total),
            })}
          </Text>
        )}
      </Group>
      <Progress.Root size="lg" radius="md">
        <Progress.Section
          value={percent}
          animated={active}
          striped={active}
          color={status?.status === 'failed' ? 'red.8' : 'jcc.7'}
          aria-label={t('imports.progressLabel')}
          data-testid="import-progress"
        />
      </Progress.Root>
    </Stack>
  );
}
