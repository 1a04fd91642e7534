import type { CompanyResponse } from '@jcc/contracts';
import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useCurrentUser } from '@/lib/session';
import { useCreateContactRequest } from '../api/create-contact-request';
import { useContactState } from '../api/get-contact-states';

// The dialog is fetched when the button is first pointed at, focused or pressed, not with the
// list of firms it stands on.
const loadDialog = () =>
  import('./request-contact-dialog').then((m) => ({ default: m.RequestContactDialog }));
const RequestContactDialog = lazy(loadDialog);

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
  // Rendered (and so downloaded) from the first press on.
  const [dialogWanted, setDialogWanted] = useState(false);
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

  return (
    <>
      <Button
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => {
          setDialogWanted(true);
          open();
        }}
      >
        {t('contacts.request')}
      </Button>
      {dialogWanted && (
        <Suspense fallback={null}>
          <RequestContactDialog
            company={company}
            opened={opened}
            onClose={close}
            request={request}
          />
        </Suspense>
      )}
    </>
  );
}
