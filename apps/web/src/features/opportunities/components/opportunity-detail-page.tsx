import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CountryBadge } from '@/components/ui/company-badges';
import { CompanySummaryView } from '@/components/ui/company-summary';
import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';
import { useFormatters, useLabels } from '@/lib/labels';
import { useCurrentUser } from '@/lib/session';
import { useOpportunity } from '../api/get-opportunity';
import { ExpressInterestDialog } from './express-interest-dialog';
import { KindBadge, StatusBadge } from './opportunity-badges';

export function OpportunityDetailPage({ id }: { id: string }) {
  const { t } = useTranslation('opportunities');
  const { list, hs } = useLabels();
  const format = useFormatters();
  const user = useCurrentUser();
  const query = useOpportunity(id);
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const opportunity = query.data;
  const mine = !!user?.companyId && opportunity.company?.id === user.companyId;
  const mayAnswer =
    user?.role === 'member' &&
    user.companyId &&
    !mine &&
    opportunity.status === 'published' &&
    opportunity.interested !== null;
  return (
    <Stack>
      <Anchor component={Link} to="/opportunities" size="sm">
        {t('detail.back')}
      </Anchor>
      <Group gap="xs" wrap="wrap">
        <KindBadge kind={opportunity.kind} />
        <CountryBadge country={opportunity.country} />
        <StatusBadge status={opportunity.status} />
      </Group>
      <PageTitle mb={0}>{opportunity.title}</PageTitle>
      <Text size="sm" c="dimmed">
        {t('card.deadline', { date: format.date(`${opportunity.deadline}T00:00:00Z`) })}
      </Text>
      {opportunity.status === 'refused' && opportunity.refusalReason && (
        <Paper withBorder p="sm" radius="md" bg="red.0">
          <Text size="sm" fw={600}>
            {t('detail.refused')}
          </Text>
          <Text size="sm" dir="auto" data-testid="refusal-reason">
            {opportunity.refusalReason}
          </Text>
        </Paper>
      )}
      <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto" data-testid="opportunity-summary">
        {opportunity.summary}
      </Text>
      <div>
        <Title order={2} size="h5">
          {t('detail.sectors')}
        </Title>
        <Text size="sm">{list('sector', opportunity.sectors)}</Text>
      </div>
      {opportunity.hsChapters.length > 0 && (
        <div>
          <Title order={2} size="h5">
            {t('detail.hs')}
          </Title>
          <Text size="sm">{opportunity.hsChapters.map(hs).join(' · ')}</Text>
        </div>
      )}
      {opportunity.company ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" fw={600} mb="xs">
            {t('detail.postedBy')}
          </Text>
          <CompanySummaryView company={opportunity.company} headingLevel={2} />
        </Paper>
      ) : (
        <Text size="sm">
          <Anchor component={Link} to="/sign-in">
            {t('board.signInTeaser')}
          </Anchor>
        </Text>
      )}
      {opportunity.interestCount !== null && (
        <Text size="sm" data-testid="interest-count">
          {t('card.interests', { count: opportunity.interestCount })}
        </Text>
      )}
      {mayAnswer && <ExpressInterestDialog opportunity={opportunity} />}
    </Stack>
  );
}
