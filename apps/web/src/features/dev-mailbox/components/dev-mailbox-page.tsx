import { Alert, Anchor, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { isApiError } from '@/lib/api-error';
import { useDevMailbox } from '../api/get-dev-mailbox';

/** Staff, development only: the mails the API's in-process SMTP catcher received, newest first. */
export function DevMailboxPage() {
  const { t, i18n } = useTranslation('account');
  const { t: tc } = useTranslation();
  const mailbox = useDevMailbox();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });

  return (
    <Stack>
      <PageTitle>{t('mailbox.title')}</PageTitle>
      <Text c="dimmed">{t('mailbox.lead')}</Text>
      {mailbox.isPending && <Loader aria-label={tc('state.loading')} />}
      {mailbox.isError && (
        <Alert color="red" role="alert">
          {isApiError(mailbox.error, 404) ? t('mailbox.notMounted') : tc('error.generic')}
        </Alert>
      )}
      {mailbox.isSuccess && mailbox.data.length === 0 && <Text>{t('mailbox.empty')}</Text>}
      {mailbox.isSuccess && mailbox.data.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="mailbox">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('mailbox.received')}</Table.Th>
                <Table.Th>{t('mailbox.to')}</Table.Th>
                <Table.Th>{t('mailbox.subject')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mailbox.data.map((mail) => (
                <Table.Tr key={mail.id} data-testid="caught-mail">
                  <Table.Td>{when.format(new Date(mail.receivedAt))}</Table.Td>
                  <Table.Td dir="ltr">{mail.to.join(', ')}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/staff/mailbox/${mail.id}`} dir="auto">
                      {mail.subject}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
