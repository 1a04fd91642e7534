import { CHAT_LIMITS, type CompanyResponse } from '@jcc/contracts';
import { Alert, Anchor, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isApiError } from '@/lib/api-error';
import { useCurrentUser } from '@/lib/session';
import { useCreateContactRequest } from '../api/create-contact-request';
import { useContactState } from '../api/get-contact-states';

/**
 * "Request contact": a short note to the firm; they accept before anyone can write. The button
 * follows where the two firms stand, so the dialog is never offered twice: "Request sent" while
 * a request waits, "Answer their request" when they asked first, "Open conversation" once
 * connected.
 */
export function RequestContactButton({
  company,
}: {
  company: Pick<CompanyResponse, 'id' | 'name'>;
}) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation('firstweek');
  const user = useCurrentUser();
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const request = useCreateContactRequest();
  const mayAsk = Boolean(user?.companyId && user.companyId !== company.id);
  const standing = useContactState(company.id, mayAsk);

  if (!user) {
    return (
      <Button component={Link} to="/sign-in" variant="light">
        {t('contacts.signInToRequest')}
      </Button>
    );
  }
  if (!user.companyId || user.companyId === company.id) {
    return null;
  }
  if (standing.isPending && !request.isSuccess) {
    return (
      <Button loading disabled aria-label={t('state.loading')}>
        {t('contacts.request')}
      </Button>
    );
  }
  const state = standing.data?.state;
  if (state === 'connected' && standing.data?.conversationId) {
    return (
      <Button
        component={Link}
        to={`/messages/${standing.data.conversationId}`}
        variant="light"
        data-testid="open-conversation"
      >
        {t('contacts.openConversation')}
      </Button>
    );
  }
  if (state === 'received') {
    return (
      <Button component={Link} to="/contacts" variant="light" data-testid="answer-request">
        {tf('contactState.answer')}
      </Button>
    );
  }
  if (request.isSuccess || state === 'sent') {
    return (
      <Alert color="teal" variant="light" c="dark.8" role="status" data-testid="request-sent">
        <Text span fw={600} size="sm">
          {tf('contactState.sent')}
        </Text>{' '}
        {request.isSuccess
          ? t('contacts.requestSent', { name: company.name })
          : tf('contactState.sentWaiting', { name: company.name })}{' '}
        <Anchor component={Link} to="/contacts?box=out">
          {t('contacts.seeRequests')}
        </Anchor>
      </Alert>
    );
  }

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
    <>
      <Button onClick={open}>{t('contacts.request')}</Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('contacts.requestTitle', { name: company.name })}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!tooLong) {
              request.mutate(
                { toCompanyId: company.id, message: message.trim() },
                { onSuccess: close },
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
    </>
  );
}
