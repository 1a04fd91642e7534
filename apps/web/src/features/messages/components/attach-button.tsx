import { DOCUMENT_LIMITS, type ChatMessage } from '@jcc/contracts';
import { Alert, Button, FileButton, Progress, Stack } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-error';
import { uploadWithProgress } from '@/lib/upload-with-progress';
import { uuid } from '@/lib/uuid';

interface AttachAnswer {
  message?: ChatMessage;
}

const ERRORS: Record<string, string> = {
  file_too_large: 'errorTooLarge',
  payload_too_large: 'errorTooLarge',
  file_type_not_allowed: 'errorType',
  unsafe_file: 'errorUnsafe',
  storage_quota_exceeded: 'errorQuota',
};

/**
 * Sends a file into the conversation as a message. One clientId per chosen file, kept across a
 * retry, so that the server stores it once however often the upload is repeated; the message
 * then arrives over the socket like any other.
 */
export function AttachButton({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('documents');
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ key: string; name: string } | null>(null);
  const pending = useRef<{ file: File; clientId: string } | null>(null);

  const send = async (file: File) => {
    if (file.size > DOCUMENT_LIMITS.maxFileBytes) {
      setProblem({ key: 'errorTooLarge', name: file.name });
      return;
    }
    const clientId = pending.current?.file === file ? pending.current.clientId : uuid();
    pending.current = { file, clientId };
    setProblem(null);
    setProgress(0);
    const query = new URLSearchParams({
      ownerKind: 'conversation',
      ownerId: conversationId,
      category: 'attachment',
      clientId,
    });
    try {
      await uploadWithProgress<AttachAnswer>(
        `${globalThis.location?.origin ?? ''}/api/documents?${query.toString()}`,
        file,
        file.name,
        ({ loaded, total }) => setProgress(Math.round((loaded / total) * 100)),
      );
      pending.current = null;
    } catch (error) {
      const code = error instanceof ApiError ? (error.code ?? '') : '';
      setProblem({ key: ERRORS[code] ?? 'errorGeneric', name: file.name });
    } finally {
      setProgress(null);
    }
  };

  const size = `${DOCUMENT_LIMITS.maxFileBytes / 1024 / 1024} MB`;
  return (
    <Stack gap={4}>
      <FileButton onChange={(file) => file && void send(file)} accept={DOCUMENT_LIMITS.accept}>
        {(props) => (
          <Button
            {...props}
            variant="default"
            loading={progress !== null}
            data-testid="attach-file"
          >
            {t('attach')}
          </Button>
        )}
      </FileButton>
      {progress !== null && <Progress value={progress} aria-label={t('attach')} />}
      {problem && (
        <Alert color="red" variant="light" role="alert" p="xs">
          {t(problem.key, { name: problem.name, size })}
        </Alert>
      )}
    </Stack>
  );
}
