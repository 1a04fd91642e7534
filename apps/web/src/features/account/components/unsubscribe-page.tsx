import { Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { useUnsubscribe } from '../api/unsubscribe';
import { linkProblem } from './link-problem';

/**
 * `/unsubscribe?token=…`, the link at the foot of every non-essential mail: opening it turns
 * that kind of mail off (the one click), then says which kind and where to turn it back on.
 */
export function UnsubscribePage({ token }: { token: string }) {
  const { t } = useTranslation('account');
  const unsubscribe = useUnsubscribe(token);
  const problem = !token ? 'invalid' : unsubscribe.isError ? linkProblem(unsubscribe.error) : null;

  return (
    <Card withBorder maw={560} mx="auto" w="100%">
      <Stack gap="sm">
        <PageTitle>{t('unsubscribe.title')}</PageTitle>
        {token && unsubscribe.isPending && (
          <Group>
            <Loader size="sm" aria-hidden />
            <Text role="status">{t('unsubscribe.working')}</Text>
          </Group>
        )}
        {unsubscribe.isSuccess && (
          <Alert color="teal" role="status" data-testid="unsubscribed">
            {t('unsubscribe.done', { category: t(`category.${unsubscribe.data}`) })}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert" data-testid="unsubscribe-failed">
            {problem === 'unreachable' ? t('unsubscribe.unreachable') : t('unsubscribe.invalid')}
          </Alert>
        )}
        <Text>{t('unsubscribe.manage')}</Text>
        <Button component={Link} to="/account" variant="light" data-testid="to-preferences">
          {t('unsubscribe.toPreferences')}
        </Button>
      </Stack>
    </Card>
  );
}
