import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useDownloadImportTemplate } from '../api/download-import-template';
import { useImportFlow } from '../hooks/use-import-flow';
import { ImportHistory } from './import-history';
import { ImportProgress } from './import-progress';
import { ImportRows } from './import-rows';
import { ImportSummary } from './import-summary';
import { AllowedValues } from './allowed-values';
import { UploadForm } from './upload-form';

export function ImportPage() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const template = useDownloadImportTemplate();
  const { state, status } = flow;
  const busy = state.phase === 'uploading' || state.phase === 'running';
  const showJob =
    state.phase === 'uploading' || state.phase === 'running' || state.phase === 'finished';
  const finished = state.phase === 'finished' && status;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{t('imports.title')}</PageTitle>
        <Text c="dimmed">{t('imports.intro')}</Text>
      </div>
      <Group gap="sm">
        <Button
          variant="light"
          onClick={() => template.mutate()}
          loading={template.isPending}
          data-testid="download-template"
        >
          {t('imports.template')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('imports.templateHint')}
        </Text>
      </Group>
      <AllowedValues />
      {template.isError && (
        <Alert color="red" role="alert">
          {t(errorMessageKey(template.error))}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <UploadForm
          file={state.file}
          encoding={state.encoding}
          problems={state.problems}
          busy={busy}
          canImport={flow.canImport}
          imported={state.phase === 'finished' && state.mode === 'import'}
          wouldCreate={flow.canImport && status ? status.created : null}
          onFile={flow.chooseFile}
          onEncoding={flow.chooseEncoding}
          onDryRun={flow.dryRun}
          onImport={flow.importNow}
          onReset={flow.reset}
        />
      </Paper>
      {showJob && (
        <section
          aria-labelledby="import-job-heading"
          data-testid="import-job"
          data-mode={state.mode ?? ''}
        >
          <Title order={2} size="h4" id="import-job-heading" mb="sm">
            {state.mode === 'dry-run' ? t('imports.dryRunReport') : t('imports.importReport')}
          </Title>
          <Stack gap="md">
            <ImportProgress
              status={status}
              uploading={state.phase === 'uploading'}
              dryRun={state.mode === 'dry-run'}
            />
            {flow.statusError !== null && (
              <Alert color="red" role="alert">
                {t(errorMessageKey(flow.statusError))}
              </Alert>
            )}
            {finished && <ImportSummary status={status} />}
            {finished && status.status === 'done' && <ImportRows key={status.id} status={status} />}
          </Stack>
        </section>
      )}
      <ImportHistory />
    </Stack>
  );
}
