import type { UnclaimedFirmRequests } from '@jcc/contracts';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '@/lib/labels';
import { useSendClaimInvitation, useWaitingForUnclaimed } from '../api/team-api';
import { teamErrorText } from './team-error';

/** Staff: imported firms nobody has claimed that have contact requests waiting. */
export function StaffClaimsPage() {
  const { t } = useTranslation('team');
  const waiting = useWaitingForUnclaimed();
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('claims.title')}
      </Title>
      <Text c="dimmed">{t('claims.intro')}</Text>
      {waiting.isPending && <Loader aria-label={t('loading')} />}
      {waiting.isError && <Alert color="red.9">{teamErrorText(t, waiting.error)}</Alert>}
      {waiting.data?.items.length === 0 && <Text>{t('claims.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" p={0} m={0}>
        {waiting.data?.items.map((item) => (
          <ClaimCard key={item.companyId} item={item} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ClaimCard({ item }: { item: UnclaimedFirmRequests }) {
  const { t } = useTranslation('team');
  const format = useFormatters();
  const send = useSendClaimInvitation();
  return (
    <Card withBorder component="li" style={{ listStyle: 'none' }}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/companies/${item.companyId}`} fw={600} dir="auto">
          {item.companyName}
        </Anchor>
        <Text size="sm">
          {t('claims.waiting', { count: item.waiting, since: format.date(item.oldestRequestAt) })}
        </Text>
        <Text size="sm" c="dimmed">
          {item.registeredEmail ?? t('claims.noEmail')}
        </Text>
        {item.lastInvitedAt && (
          <Text size="xs" c="dimmed">
            {t('claims.lastInvited', { date: format.date(item.lastInvitedAt) })}
          </Text>
        )}
        <Group>
          <Button
            size="xs"
            disabled={!item.registeredEmail}
            loading={send.isPending}
            onClick={() => send.mutate(item.companyId)}
          >
            {t('claims.send')}
          </Button>
        </Group>
        {send.isSuccess && (
          <Text size="sm" c="green.9" role="status">
            {t('claims.sent')}
          </Text>
        )}
        {send.isError && (
          <Text size="sm" c="red.9" role="alert">
            {teamErrorText(t, send.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
