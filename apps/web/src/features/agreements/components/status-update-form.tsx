import { COMMITMENT_STATUSES, type AgreementResponse, type CommitmentStatus } from '@jcc/contracts';
import { Alert, Button, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '@/components/ui/page-states';
import { usePostStatusUpdate } from '../api/post-status-update';
import { useAgreementsText } from '../lib/use-agreements-text';

/** Either party (or staff) writes a short note, optionally moving a commitment to a new status. */
export function StatusUpdateForm({ agreement }: { agreement: AgreementResponse }) {
  const { t } = useTranslation();
  const { ta } = useAgreementsText();
  const post = usePostStatusUpdate(agreement.id);
  const [commitmentId, setCommitmentId] = useState<string | null>(null);
  const [status, setStatus] = useState<CommitmentStatus | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(ta('form.required'));
      return;
    }
    setNoteError(null);
    post.mutate(
      {
        note: note.trim(),
        ...(commitmentId ? { commitmentId, ...(status ? { status } : {}) } : {}),
      },
      {
        onSuccess: () => {
          setNote('');
          setStatus(null);
          setCommitmentId(null);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {ta('update.title')}
        </Title>
        <Select
          label={ta('update.commitment')}
          placeholder={ta('update.noCommitment')}
          data={agreement.commitments.map((c) => ({ value: c.id, label: c.title }))}
          value={commitmentId}
          onChange={(value) => {
            setCommitmentId(value);
            setStatus(null);
          }}
          clearable
          data-testid="update-commitment"
        />
        {commitmentId && (
          <Select
            label={ta('update.status')}
            data={COMMITMENT_STATUSES.map((value) => ({ value, label: ta(`status.${value}`) }))}
            value={status}
            onChange={(value) => setStatus(value)}
            data-testid="update-status"
          />
        )}
        <Textarea
          label={ta('update.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={noteError}
          maxLength={1000}
          autosize
          minRows={2}
          required
          data-testid="update-note"
        />
        {post.isError && (
          <Alert color="red" role="alert">
            {t(errorMessageKey(post.error))}
          </Alert>
        )}
        <Button type="submit" loading={post.isPending} data-testid="update-submit">
          {ta('update.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
