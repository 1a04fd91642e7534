import type { TeamMember } from '@jcc/contracts';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '@/lib/labels';
import { useCurrentUser } from '@/lib/session';
import {
  useInviteColleague,
  useRemoveColleague,
  useTeam,
  useTransferOwnership,
} from '../api/team-api';
import { teamErrorText } from './team-error';

/** The firm's accounts as cards (phone width first); the owner invites, removes, hands over. */
export function TeamPage() {
  const { t } = useTranslation('team');
  const user = useCurrentUser();
  const team = useTeam();
  const isOwner = user?.companyRole === 'owner';

  if (team.isPending) {
    return <Loader aria-label={t('loading')} />;
  }
  if (team.isError) {
    return <Alert color="red.9">{teamErrorText(t, team.error)}</Alert>;
  }
  return (
    <Stack gap="lg">
      <Title order={1}>{t('title')}</Title>
      <Text c="dimmed">{t('intro')}</Text>
      {isOwner && <InviteForm />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" p={0} m={0} data-testid="team-members">
        {team.data.members.map((member) => (
          <MemberCard
            key={member.userId}
            member={member}
            isMe={member.userId === user?.id}
            canManage={isOwner}
          />
        ))}
      </SimpleGrid>
      {isOwner && team.data.invitations.length > 0 && <Invitations />}
    </Stack>
  );
}

function InviteForm() {
  const { t } = useTranslation('team');
  const invite = useInviteColleague();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(email.trim(), {
      onSuccess: (invitation) => {
        setSentTo(invitation.email);
        setEmail('');
      },
    });
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="invite-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="invite-title">
          {t('invite.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('invite.hint')}
        </Text>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            type="email"
            required
            label={t('invite.email')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
            data-testid="invite-email"
          />
          <Button type="submit" loading={invite.isPending} data-testid="invite-send">
            {t('invite.send')}
          </Button>
        </Group>
        {invite.isError && (
          <Text size="sm" c="red.9" role="alert">
            {teamErrorText(t, invite.error)}
          </Text>
        )}
        {sentTo && !invite.isError && (
          <Text size="sm" c="green.9" role="status" data-testid="invite-sent">
            {t('invite.sent', { email: sentTo })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function MemberCard({
  member,
  isMe,
  canManage,
}: {
  member: TeamMember;
  isMe: boolean;
  canManage: boolean;
}) {
  const { t } = useTranslation('team');
  const remove = useRemoveColleague();
  const transfer = useTransferOwnership();
  const error = remove.error ?? transfer.error;
  return (
    <Card withBorder component="li" style={{ listStyle: 'none' }} data-testid="team-member">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} dir="auto" truncate>
            {member.fullName}
            {isMe ? ` ${t('you')}` : ''}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {member.email}
          </Text>
        </div>
        <Badge color={member.role === 'owner' ? 'jcc.9' : 'gray.8'} variant="filled">
          {t(`roles.${member.role}`)}
        </Badge>
      </Group>
      {canManage && !isMe && (
        <Group gap="xs" mt="sm">
          <Button
            size="xs"
            variant="light"
            loading={transfer.isPending}
            onClick={() => {
              if (window.confirm(t('transfer.confirm', { name: member.fullName }))) {
                transfer.mutate(member.userId);
              }
            }}
          >
            {t('transfer.action')}
          </Button>
          <Button
            size="xs"
            variant="outline"
            color="red.9"
            loading={remove.isPending}
            onClick={() => {
              if (window.confirm(t('remove.confirm', { name: member.fullName }))) {
                remove.mutate(member.userId);
              }
            }}
          >
            {t('remove.action')}
          </Button>
        </Group>
      )}
      {error && (
        <Text size="sm" c="red.9" role="alert" mt="xs">
          {teamErrorText(t, error)}
        </Text>
      )}
    </Card>
  );
}

function Invitations() {
  const { t } = useTranslation('team');
  const format = useFormatters();
  const team = useTeam();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('invitations.title')}
      </Title>
      <Stack gap={4} component="ul" p={0} m={0}>
        {team.data?.invitations.map((invitation) => (
          <Card
            withBorder
            padding="xs"
            component="li"
            key={invitation.id}
            style={{ listStyle: 'none' }}
          >
            <Group justify="space-between" wrap="wrap" gap={4}>
              <Text size="sm" truncate>
                {invitation.email}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`invitations.status.${invitation.status}`)} · {format.date(invitation.expiresAt)}
              </Text>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
