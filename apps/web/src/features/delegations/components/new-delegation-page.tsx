import type { DelegationResponse } from '@jcc/contracts';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '@/components/ui/page-title';
import { useCreateDelegation } from '../api/create-delegation';
import { toCreateBody } from '../lib/delegation-form';
import { DelegationForm } from './delegation-form';

export function NewDelegationPage({
  onCreated,
  onCancel,
}: {
  onCreated: (delegation: DelegationResponse) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateDelegation();
  return (
    <Stack maw={720}>
      <PageTitle>{t('delegations.newTitle')}</PageTitle>
      <Text c="dimmed">{t('delegations.newLead')}</Text>
      <Paper withBorder radius="md" p="lg">
        <DelegationForm
          submitLabel={t('delegations.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) => create.mutate(toCreateBody(values), { onSuccess: onCreated })}
          onCancel={onCancel}
        />
      </Paper>
    </Stack>
  );
}
