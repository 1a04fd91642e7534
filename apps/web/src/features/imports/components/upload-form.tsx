import { Alert, Button, FileInput, Group, List, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ImportEncoding } from '../api/start-import';
import type { FileProblem } from '../lib/import-flow';

const ENCODINGS: { value: ImportEncoding; key: string }[] = [
  { value: 'auto', key: 'imports.encodingNames.auto' },
  { value: 'utf-8', key: 'imports.encodingNames.utf8' },
  { value: 'utf-16le', key: 'imports.encodingNames.utf16le' },
  { value: 'utf-16be', key: 'imports.encodingNames.utf16be' },
  { value: 'windows-1256', key: 'imports.encodingNames.windows1256' },
  { value: 'windows-1251', key: 'imports.encodingNames.windows1251' },
  { value: 'windows-1254', key: 'imports.encodingNames.windows1254' },
  { value: 'windows-1252', key: 'imports.encodingNames.windows1252' },
];

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Choose the member list and its encoding; check it (dry run), then import it. */
export function UploadForm({
  file,
  encoding,
  problems,
  busy,
  canImport,
  imported = false,
  wouldCreate,
  onFile,
  onEncoding,
  onDryRun,
  onImport,
  onReset,
}: {
  file: File | null;
  encoding: ImportEncoding;
  problems: FileProblem[];
  busy: boolean;
  canImport: boolean;
  /** The import of this file has finished: say what comes next, not "run a dry run first". */
  imported?: boolean;
  wouldCreate: number | null;
  onFile: (file: File | null) => void;
  onEncoding: (encoding: ImportEncoding) => void;
  onDryRun: () => void;
  onImport: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('firstweek');
  const isXlsx = Boolean(file && /\.xlsx$/i.test(file.name));
  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="md" wrap="wrap">
        <FileInput
          label={t('imports.file')}
          description={t('imports.fileHint')}
          placeholder={t('imports.filePlaceholder')}
          accept={ACCEPT}
          value={file}
          onChange={onFile}
          clearable
          disabled={busy}
          // Mantine's placeholder grey is too pale on white (WCAG AA).
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          w={{ base: '100%', sm: 360 }}
          data-testid="import-file"
        />
        <NativeSelect
          label={t('imports.encoding')}
          description={isXlsx ? t('imports.encodingXlsx') : t('imports.encodingHint')}
          value={isXlsx ? 'auto' : encoding}
          disabled={busy || isXlsx}
          onChange={(event) => onEncoding(event.currentTarget.value as ImportEncoding)}
          data={ENCODINGS.map((option) => ({ value: option.value, label: t(option.key) }))}
          w={{ base: '100%', sm: 300 }}
          data-testid="import-encoding"
        />
      </Group>
      {problems.length > 0 && (
        <Alert
          color="red"
          variant="light"
          title={t('imports.refused')}
          role="alert"
          data-testid="import-problems"
        >
          <List size="sm">
            {problems.map((problem, index) => (
              <List.Item key={index} dir="auto">
                {'key' in problem ? t(problem.key) : problem.text}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group gap="sm">
        <Button
          onClick={onDryRun}
          disabled={!file || busy}
          loading={busy && !canImport}
          data-testid="dry-run"
        >
          {t('imports.dryRun')}
        </Button>
        <Button
          onClick={onImport}
          disabled={!canImport || busy}
          color="teal.9"
          data-testid="import-now"
        >
          {wouldCreate !== null
            ? t('imports.importNowCount', { count: wouldCreate })
            : t('imports.importNow')}
        </Button>
        <Button variant="subtle" onClick={onReset} disabled={busy}>
          {t('imports.startOver')}
        </Button>
      </Group>
      {!canImport && file && !busy && (
        <Text size="sm" c="dimmed" data-testid="import-next-step">
          {imported ? tf('imports.importedNext') : t('imports.dryRunFirst')}
        </Text>
      )}
    </Stack>
  );
}
