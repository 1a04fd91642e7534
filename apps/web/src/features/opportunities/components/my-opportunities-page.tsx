import { Button, Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useCloseOpportunity } from '../api/close-opportunity';
import { useMyOpportunities } from '../api/get-my-opportunities';
import { useSubmitOpportunity } from '../api/submit-opportunity';
import { OpportunityCard } from './opportunity-card';

/** The firm's own opportunities in every state, staff's reason shown when refused. */
export function MyOpportunitiesPage() {
  const { t } = useTranslation('opportunities');
  const mine = useMyOpportunities();
  const submit = useSubmitOpportunity();
  const close = useCloseOpportunity();
  return (
    <>
      <PageTitle>{t('mine.title')}</PageTitle>
      <Group mb="md">
        <Button component={Link} to="/opportunities/new">
          {t('board.post')}
        </Button>
      </Group>
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.items.length === 0 ? (
        <EmptyState title={t('mine.empty')}>{t('mine.emptyHint')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {mine.data.items.map((opportunity) => (
            <OpportunityCard key={opportunity.id} opportunity={opportunity} showStatus>
              <Group gap="xs">
                {(opportunity.status === 'draft' || opportunity.status === 'refused') && (
                  <Button
                    size="xs"
                    loading={submit.isPending && submit.variables === opportunity.id}
                    onClick={() => submit.mutate(opportunity.id)}
                  >
                    {t('mine.submit')}
                  </Button>
                )}
                {['draft', 'submitted', 'published', 'refused'].includes(opportunity.status) && (
                  <Button
                    size="xs"
                    variant="light"
                    component={Link}
                    to={`/opportunities/${opportunity.id}/edit`}
                  >
                    {t('mine.edit')}
                  </Button>
                )}
                {['draft', 'submitted', 'published', 'refused'].includes(opportunity.status) && (
                  <Button
                    size="xs"
                    variant="default"
                    loading={close.isPending && close.variables === opportunity.id}
                    onClick={() => close.mutate(opportunity.id)}
                  >
                    {t('mine.close')}
                  </Button>
                )}
              </Group>
            </OpportunityCard>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
