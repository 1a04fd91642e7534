import { Alert, Anchor, Card, Code, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { isApiError } from '@/lib/api-error';
import { useCaughtMail } from '../api/get-caught-mail';

/**
 * One caught mail: its headers, the HTML part in a sandboxed frame (no scripts, no same-origin
 * access: a mail is foreign content) and the plain-text part.
 */
export function CaughtMailPage({ mailId }: { mailId: string }) {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const mail = useCaughtMail(mailId);

  const back = (
    <Anchor component={Link} to="/staff/mailbox">
      {t('mailbox.back')}
    </Anchor>
  );
  if (mail.isPending) {
    return <Loader aria-label={tc('state.loading')} />;
  }
  if (mail.isError) {
    return (
      <Stack>
        <Alert color="red" role="alert">
          {isApiError(mail.error, 404) ? t('mailbox.gone') : tc('error.generic')}
        </Alert>
        {back}
      </Stack>
    );
  }
  const { data } = mail;
  return (
    <Stack>
      {back}
      <PageTitle isolate>{data.subject}</PageTitle>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm">
            {t('mailbox.from')}: <bdi>{data.from}</bdi>
          </Text>
          <Text size="sm">
            {t('mailbox.to')}: <bdi>{data.to.join(', ')}</bdi>
          </Text>
          <Text size="sm">
            {t('mailbox.messageId')}: <bdi>{data.messageId}</bdi>
          </Text>
        </Stack>
      </Card>
      <Title order={2} size="h4">
        {t('mailbox.html')}
      </Title>
      <iframe
        title={t('mailbox.htmlFrame', { subject: data.subject })}
        sandbox=""
        srcDoc={data.html}
        data-testid="mail-html"
        style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-4)' }}
      />
      <Title order={2} size="h4">
        {t('mailbox.text')}
      </Title>
      <Code block data-testid="mail-text" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {data.text}
      </Code>
    </Stack>
  );
}
