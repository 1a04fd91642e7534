import { CHAT_LIMITS } from '@jcc/contracts';
import { Alert, Anchor, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isApiError } from '@/lib/api-error';
import type { useCreateContactRequest } from '../api/create-contact-request';

/**
 * The "Request contact" dialog: a short note to the firm, sent with the button's request. A
 * chunk of its own (the modal and its scroll area are a fifth of a list page's first load),
 * fetched when the button is first pointed at or pressed (request-contact-button.tsx).
 */
export function RequestContactDialog({
  company,
  opened,
  onClose,
  request,
}: {
  company: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  request: ReturnType<typeof useCreateContactRequest>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const tooLong = message.length > CHAT_LIMITS.contactNoteMaxLength;
  const failure = request.error
    ? isApiError(request.error, 403) && request.error.code === 'company_not_verified'
      ? t('contacts.notVerified')
      : isApiError(request.error, 409)
        ? t('contacts.alreadyConnected')
        : isApiError(request.error, 429)
          ? t('contacts.quotaExceeded', { count: CHAT_LIMITS.pendingRequestsPerFirm })
          : t('error.generic')
    : null;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('contacts.requestTitle', { name: company.name })}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!tooLong) {
            request.mutate(
              { toCompanyId: company.id, message: message.trim() },
              { onSuccess: onClose },
            );
          }
        }}
      >
        <Stack>
          <Text size="sm">{t('contacts.requestExplain')}</Text>
          {failure && (
            <Alert color="red" role="alert">
              {failure}{' '}
              {isApiError(request.error, 409) && (
                <Anchor component={Link} to="/messages">
                  {t('nav.messages')}
                </Anchor>
              )}
            </Alert>
          )}
          <Textarea
            label={t('contacts.note')}
            description={t('contacts.noteHint', { count: CHAT_LIMITS.contactNoteMaxLength })}
            autosize
            minRows={3}
            value={message}
            error={
              tooLong
                ? t('validation.maxLength', { count: CHAT_LIMITS.contactNoteMaxLength })
                : undefined
            }
            onChange={(event) => setMessage(event.currentTarget.value)}
            data-autofocus
          />
          <Button type="submit" loading={request.isPending} disabled={tooLong}>
            {t('contacts.send')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
