import {
  DELEGATION_MEMBER_STATUSES,
  type DelegationMemberResponse,
  type DelegationMemberStatus,
} from '@jcc/contracts';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { useFormatters, useLabels } from '@/lib/labels';
import { useDelegationMembers } from '../api/get-delegation-members';
import { useSetMemberStatus } from '../api/set-member-status';
import { delegationErrorText } from '../lib/delegation-errors';
import { MemberStatusBadge } from './delegation-badges';

function MemberRow({
  member,
  onStatus,
  busy,
}: {
  member: DelegationMemberResponse;
  onStatus: (status: DelegationMemberStatus) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { label, list } = useLabels();
  const format = useFormatters();
  const { company } = member;
  return (
    <Table.Tr data-testid="member-row" data-company-id={company.id}>
      <Table.Td data-label={t('delegations.firm')}>
        <Anchor component={Link} to={`/companies/${company.id}`} dir="auto" fw={600}>
          {company.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {company.city} · {label('verification', company.verification)}
        </Text>
      </Table.Td>
      <Table.Td data-label={t('delegations.fields.sectors')}>
        <Text size="sm" lineClamp={2}>
          {list('sector', company.sectors)}
        </Text>
      </Table.Td>
      <Table.Td data-label={t('delegations.status')}>
        <MemberStatusBadge status={member.status} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-label={t('delegations.updated')}>
        <Text size="sm">{format.date(member.updatedAt)}</Text>
      </Table.Td>
      <Table.Td data-label={t('delegations.setStatus')}>
        <NativeSelect
          size="xs"
          aria-label={t('delegations.changeStatus', { name: company.name })}
          value={member.status}
          disabled={busy}
          onChange={(event) => onStatus(event.currentTarget.value as DelegationMemberStatus)}
          data={DELEGATION_MEMBER_STATUSES.map((status) => ({
            value: status,
            label: t(`delegations.statuses.${status}`),
          }))}
          data-testid="member-status-select"
        />
      </Table.Td>
    </Table.Tr>
  );
}

/** Who is on the delegation, with their status; staff move a firm to any status within capacity. */
export function MembersPanel({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<DelegationMemberStatus | ''>('');
  const members = useDelegationMembers(delegationId, filter ? [filter] : []);
  const setStatus = useSetMemberStatus(delegationId);
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="members-heading" data-testid="members">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={2} size="h3" id="members-heading">
          {t('delegations.members')}
        </Title>
        <NativeSelect
          size="xs"
          label={t('delegations.filterStatus')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value as DelegationMemberStatus | '')}
          data={[
            { value: '', label: t('filters.any') },
            ...DELEGATION_MEMBER_STATUSES.map((status) => ({
              value: status,
              label: t(`delegations.statuses.${status}`),
            })),
          ]}
        />
      </Group>
      {setStatus.isError && (
        <Alert color="red" role="alert" mb="sm" withCloseButton onClose={() => setStatus.reset()}>
          {delegationErrorText(t, setStatus.error)}
        </Alert>
      )}
      {members.isPending && <LoadingState />}
      {members.isError && (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      )}
      {members.isSuccess && items.length === 0 && (
        <EmptyState title={t('delegations.noMembers')}>{t('delegations.noMembersHint')}</EmptyState>
      )}
      {items.length > 0 && (
        <Stack gap="xs">
          {/* A table on a desktop, one card per firm on a phone (app.css). */}
          <Table.ScrollContainer minWidth={0}>
            <Table striped withTableBorder className="responsive-table" data-testid="members-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('delegations.firm')}</Table.Th>
                  <Table.Th>{t('delegations.fields.sectors')}</Table.Th>
                  <Table.Th>{t('delegations.status')}</Table.Th>
                  <Table.Th>{t('delegations.updated')}</Table.Th>
                  <Table.Th>{t('delegations.setStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((member) => (
                  <MemberRow
                    key={member.company.id}
                    member={member}
                    busy={
                      setStatus.isPending && setStatus.variables?.companyId === member.company.id
                    }
                    onStatus={(status) =>
                      setStatus.mutate({ companyId: member.company.id, status })
                    }
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {members.hasNextPage && (
            <Button
              variant="default"
              size="xs"
              loading={members.isFetchingNextPage}
              onClick={() => void members.fetchNextPage()}
            >
              {t('action.loadMore')}
            </Button>
          )}
        </Stack>
      )}
    </section>
  );
}
