import { Button, Group, Modal, Paper, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useDelegation } from '../api/get-delegation';
import { useUpdateDelegation } from '../api/update-delegation';
import { toUpdateBody } from '../lib/delegation-form';
import { CandidatesPanel } from './candidates-panel';
import { CapacityMeter } from './delegation-badges';
import { DelegationFacts } from './delegation-facts';
import { DelegationForm } from './delegation-form';
import { ExportButtons } from './export-buttons';
import { MembersPanel } from './members-panel';

/** One delegation for staff: the facts, seats, exports, the list of firms and suggestions. */
export function DelegationDetailPage({ delegationId }: { delegationId: string }) {
  const { t } = useTranslation();
  const delegation = useDelegation(delegationId);
  const update = useUpdateDelegation(delegationId);
  const [editing, edit] = useDisclosure(false);

  if (delegation.isPending) {
    return <LoadingState />;
  }
  if (delegation.isError) {
    return <ErrorState error={delegation.error} onRetry={() => void delegation.refetch()} />;
  }
  const data = delegation.data;
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Button
          component={Link}
          to="/staff/delegations"
          variant="subtle"
          size="xs"
          w="fit-content"
          px={0}
        >
          {t('delegations.back')}
        </Button>
        <PageTitle mb={0} isolate>
          {data.title}
        </PageTitle>
        <DelegationFacts delegation={data} />
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" align="center" gap="md">
            <CapacityMeter seatsTaken={data.seatsTaken} capacity={data.capacity} />
            <Group gap="xs">
              <ExportButtons delegationId={data.id} />
              <Button
                variant="light"
                size="sm"
                component={Link}
                to={`/staff/delegations/${data.id}/meetings`}
                data-testid="open-meetings"
              >
                {t('nav.meetings')}
              </Button>
              <Button variant="default" size="sm" onClick={edit.open} data-testid="edit-delegation">
                {t('delegations.edit')}
              </Button>
            </Group>
          </Group>
        </Paper>
      </Stack>
      <MembersPanel delegationId={data.id} />
      <CandidatesPanel delegationId={data.id} />
      <Modal opened={editing} onClose={edit.close} title={t('delegations.editTitle')} size="lg">
        <DelegationForm
          initial={data}
          submitLabel={t('delegations.save')}
          pending={update.isPending}
          error={update.error}
          onCancel={edit.close}
          onSubmit={(values) => {
            const body = toUpdateBody(values, data);
            if (Object.keys(body).length === 0) {
              edit.close();
              return;
            }
            update.mutate(body, { onSuccess: edit.close });
          }}
        />
      </Modal>
    </Stack>
  );
}
