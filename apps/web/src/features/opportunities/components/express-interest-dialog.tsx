import { OPPORTUNITY_LIMITS, type OpportunityResponse } from '@jcc/contracts';
import { Alert, Anchor, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isApiError } from '@/lib/api-error';
import { useExpressInterest } from '../api/express-interest';

/** Which sentence explains a refused interest, by the API's error code. */
function failureKey(error: unknown): string {
  if (!isApiError(error)) {
    return 'interest.failed';
  }
  switch (error.code) {
    case 'own_opportunity':
      return 'interest.own';
    case 'wrong_country':
      return 'interest.sameCountry';
    case 'interest_exists':
      return 'interest.already';
    case 'company_not_verified':
      return 'interest.notVerified';
    case 'opportunity_not_open':
      return 'interest.closed';
    case 'conversation_exists':
      return 'interest.conversationExists';
    case 'request_pending':
      return 'interest.requestPending';
    default:
      return 'interest.failed';
  }
}

/** "Express interest": a message to the posting firm, sent as a contact request about this one. */
export function ExpressInterestDialog({ opportunity }: { opportunity: OpportunityResponse }) {
  const { t } = useTranslation('opportunities');
  const [opened, { open, close }] = useDisclosure(false);
  const [message, setMessage] = useState('');
  const interest = useExpressInterest();
  const max = OPPORTUNITY_LIMITS.interestMessage.max;

  if (interest.isSuccess || opportunity.interested) {
    return (
      <Alert color="teal" variant="light" c="dark.8" role="status" data-testid="interest-sent">
        {t('interest.sent')}{' '}
        <Anchor component={Link} to="/contacts?box=out">
          {t('interest.seeRequests')}
        </Anchor>
      </Alert>
    );
  }
  const tooLong = message.length > max;
  return (
    <>
      <Button onClick={open} data-testid="express-interest">
        {t('interest.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('interest.title', { title: opportunity.title })}
        centered
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (message.trim() && !tooLong) {
              interest.mutate(
                { id: opportunity.id, message: message.trim() },
                { onSuccess: close },
              );
            }
          }}
        >
          <Stack>
            <Text size="sm">{t('interest.explain')}</Text>
            {interest.isError && (
              <Alert color="red" role="alert" c="dark.8">
                {t(failureKey(interest.error))}
              </Alert>
            )}
            <Textarea
              label={t('interest.message')}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
              autosize
              minRows={4}
              required
              error={tooLong ? t('interest.tooLong', { count: max }) : undefined}
              dir="auto"
            />
            <Button
              type="submit"
              loading={interest.isPending}
              disabled={!message.trim() || tooLong}
            >
              {t('interest.send')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
