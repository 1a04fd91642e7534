import { DOCUMENT_LIMITS } from '@jcc/contracts';
import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '@/lib/i18n';
import { formatFileSize } from '@/lib/document-files';
import { checkFile, type UploadProblemKey } from '../lib/check-file';

export interface DropzoneProblem {
  key: UploadProblemKey;
  name: string;
}

/**
 * Drop a file or choose one. The browser's own checks (size, extension) answer at once; while a
 * file uploads the zone shows its progress; a refusal says what was wrong in the user's language.
 */
export function DocumentDropzone({
  onFile,
  uploading,
  progress,
  fileName,
  problem,
  onCancel,
  testId = 'document-dropzone',
}: {
  onFile: (file: File) => void;
  uploading: boolean;
  progress: number;
  fileName: string | null;
  problem: DropzoneProblem | null;
  onCancel?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation('documents');
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [localProblem, setLocalProblem] = useState<DropzoneProblem | null>(null);
  const size = formatFileSize(DOCUMENT_LIMITS.maxFileBytes, currentLocale());
  const shown = localProblem ?? problem;

  const take = (file: File | undefined) => {
    if (!file || uploading) {
      return;
    }
    const key = checkFile(file);
    setLocalProblem(key ? { key, name: file.name } : null);
    if (!key) {
      onFile(file);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap="xs">
      <Paper
        withBorder
        radius="md"
        p="md"
        data-testid={testId}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          background: over ? 'var(--mantine-color-blue-light)' : undefined,
        }}
      >
        <Stack gap={6} align="center" ta="center">
          <Text fw={600}>{t('dropTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('dropHint', { size })}
          </Text>
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => input.current?.click()}
              disabled={uploading}
            >
              {t('chooseFile')}
            </Button>
            {uploading && onCancel && (
              <Button size="xs" variant="subtle" color="gray" onClick={onCancel}>
                {t('cancelUpload')}
              </Button>
            )}
          </Group>
          <input
            ref={input}
            type="file"
            hidden
            accept={DOCUMENT_LIMITS.accept}
            data-testid={`${testId}-input`}
            onChange={(event) => {
              take(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </Stack>
      </Paper>
      {uploading && fileName && (
        <Stack gap={4}>
          <Text size="sm" aria-live="polite">
            {t('uploading', { name: fileName, percent: progress })}
          </Text>
          <Progress
            value={progress}
            aria-label={t('uploading', { name: fileName, percent: progress })}
            data-testid="upload-progress"
          />
        </Stack>
      )}
      {shown && (
        <Alert color="red" variant="light" role="alert" data-testid="upload-error">
          {t(shown.key, { name: shown.name, size })}
        </Alert>
      )}
    </Stack>
  );
}
