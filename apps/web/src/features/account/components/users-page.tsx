import { ROLES, type Role, type UserResponse } from '@jcc/contracts';
import { Alert, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { isApiError } from '@/lib/api-error';
import { useCurrentUser } from '@/lib/session';
import { useChangeRole, useUsers } from '../api/account-api';

const CONFLICTS = ['own_role', 'last_admin', 'role_needs_no_company'] as const;

/**
 * Admins find an account and set its role. A change signs the account out everywhere (its open
 * pages are told `role_changed`), so the new role applies from its next sign-in.
 */
export function UsersPage() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  const me = useCurrentUser();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [search] = useDebouncedValue(q.trim(), 300);
  const users = useUsers({ q: search || undefined, role: role || undefined });
  const change = useChangeRole();

  const roleLabel = (value: Role) => t(`users.roles.${value}`);
  const conflict =
    change.error && isApiError(change.error, 409)
      ? CONFLICTS.find((code) => code === (change.error as { code?: string }).code)
      : undefined;
  const failure = change.error
    ? conflict
      ? t(`users.errors.${conflict}`)
      : tc('error.generic')
    : null;

  return (
    <Stack>
      <PageTitle>{t('users.title')}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('users.help')}
      </Text>
      <Group align="flex-end">
        <TextInput
          label={t('users.search')}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
          maxLength={100}
          w={320}
        />
        <NativeSelect
          label={t('users.role')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as Role | '')}
          data={[
            { value: '', label: t('users.anyRole') },
            ...ROLES.map((value) => ({ value, label: roleLabel(value) })),
          ]}
        />
      </Group>
      {failure && (
        <Alert color="red" role="alert" data-testid="role-error">
          {failure}
        </Alert>
      )}
      {change.isSuccess && (
        <Alert color="green" role="status">
          {t('users.changed', { name: change.data.fullName, role: roleLabel(change.data.role) })}
        </Alert>
      )}
      {users.isPending && <LoadingState />}
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.isSuccess && users.data.items.length === 0 && <EmptyState title={t('users.none')} />}
      {users.isSuccess && users.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.name')}</Table.Th>
                <Table.Th>{t('users.email')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.items.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  self={user.id === me?.id}
                  busy={change.isPending && change.variables?.userId === user.id}
                  roleLabel={roleLabel}
                  onChange={(next) => change.mutate({ userId: user.id, role: next })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function UserRow({
  user,
  self,
  busy,
  roleLabel,
  onChange,
}: {
  user: UserResponse;
  self: boolean;
  busy: boolean;
  roleLabel: (role: Role) => string;
  onChange: (role: Role) => void;
}) {
  const { t } = useTranslation('account');
  return (
    <Table.Tr>
      <Table.Td dir="auto">{user.fullName}</Table.Td>
      <Table.Td dir="ltr">{user.email}</Table.Td>
      <Table.Td>
        <NativeSelect
          aria-label={t('users.roleOf', { name: user.fullName })}
          value={user.role}
          disabled={self || busy}
          onChange={(event) => onChange(event.currentTarget.value as Role)}
          data={ROLES.map((value) => ({ value, label: roleLabel(value) }))}
          size="xs"
          w={140}
        />
      </Table.Td>
    </Table.Tr>
  );
}
