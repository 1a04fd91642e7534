import type { MeetingFirm } from '@jcc/contracts';
import {
  Alert,
  Button,
  Paper,
  SegmentedControl,
  NativeSelect,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useSendMeetingRequest } from '../api/meetings-mutations';
import { meetingErrorText } from '../lib/meeting-errors';

/** Ask a firm of the other side for a meeting: whom, a note, how much it matters (1–5). */
export function RequestForm({
  delegationId,
  firms,
}: {
  delegationId: string;
  firms: MeetingFirm[];
}) {
  const { t } = useTranslation('meetings');
  const send = useSendMeetingRequest(delegationId);
  const [target, setTarget] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [priority, setPriority] = useState('3');
  if (firms.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('request.nobody')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="md" p="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!target) {
            return;
          }
          send.mutate(
            { targetCompanyId: target, note: note.trim() || undefined, priority: Number(priority) },
            {
              onSuccess: () => {
                setTarget(null);
                setNote('');
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          {/* A native select: the phone's own picker, and plain to test. */}
          <NativeSelect
            label={t('request.target')}
            data={[
              { value: '', label: t('request.targetPlaceholder') },
              ...firms.map((firm) => ({ value: firm.id, label: firm.name })),
            ]}
            value={target ?? ''}
            onChange={(event) => setTarget(event.currentTarget.value || null)}
            required
            data-testid="request-target"
          />
          <Textarea
            label={t('request.note')}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={2}
            data-testid="request-note"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="priority-label">
              {t('request.priority')}
            </Text>
            <SegmentedControl
              aria-labelledby="priority-label"
              data={['1', '2', '3', '4', '5']}
              value={priority}
              onChange={setPriority}
            />
            <Text size="xs" c="dimmed">
              {t('request.priorityHint')}
            </Text>
          </Stack>
          {send.error && (
            <Alert color="red" role="alert">
              {meetingErrorText(t, send.error)}
            </Alert>
          )}
          <Button
            type="submit"
            loading={send.isPending}
            disabled={!target}
            data-testid="send-request"
          >
            {t('request.send')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
