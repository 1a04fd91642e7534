import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useCurrentUser } from '@/lib/session';
import { useAcceptInvitation, useInvitationPreview } from '../api/team-api';
import { teamErrorText } from './team-error';

/**
 * `/invite/<token>`: what the invitation is, then sign in or up (with the invited address) and
 * accept. A colleague joins as a member; a claim makes the account the firm's owner.
 */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation('team');
  const user = useCurrentUser();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const here = `/invite/${token}`;

  if (preview.isPending) {
    return <Loader aria-label={t('loading')} />;
  }
  if (preview.isError) {
    return (
      <Alert color="red.9" title={t('accept.unusable')} role="alert">
        {teamErrorText(t, preview.error)}
      </Alert>
    );
  }
  const invitation = preview.data;
  const kind = invitation.kind === 'claim' ? 'claim' : 'colleague';
  return (
    <Card withBorder maw={560} mx="auto">
      <Stack gap="sm">
        <Title order={1} size="h2" dir="auto">
          {t(`accept.${kind}.title`, { companyName: invitation.companyName })}
        </Title>
        <Text>{t(`accept.${kind}.body`, { companyName: invitation.companyName })}</Text>
        <Text size="sm" c="dimmed">
          {t('accept.forAddress', { email: invitation.email })}
        </Text>
        {!user && (
          <Group>
            <Button
              component={Link}
              to={`/sign-in?next=${encodeURIComponent(here)}`}
              data-testid="invite-sign-in"
            >
              {t('accept.signIn')}
            </Button>
            <Button
              component={Link}
              variant="light"
              to={`/sign-up?next=${encodeURIComponent(here)}&email=${encodeURIComponent(invitation.email)}`}
            >
              {t('accept.signUp')}
            </Button>
          </Group>
        )}
        {user && (
          <Button
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(undefined, {
                onSuccess: () => void navigate(kind === 'claim' ? '/profile' : '/messages'),
              })
            }
            data-testid="invite-accept"
          >
            {t(`accept.${kind}.action`)}
          </Button>
        )}
        {accept.isError && (
          <Text c="red.9" role="alert">
            {teamErrorText(t, accept.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
