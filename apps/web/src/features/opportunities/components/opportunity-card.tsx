import type { OpportunityResponse } from '@jcc/contracts';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CountryBadge } from '@/components/ui/company-badges';
import { useFormatters, useLabels } from '@/lib/labels';
import { KindBadge, StatusBadge } from './opportunity-badges';

/** One opportunity as a card: the same on the board, in "my opportunities" and in the queue
 * (each lists its cards right under the page's h1, so the title is an h2). */
export function OpportunityCard({
  opportunity,
  showStatus = false,
  children,
}: {
  opportunity: OpportunityResponse;
  showStatus?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('opportunities');
  const { list } = useLabels();
  const format = useFormatters();
  return (
    <Paper withBorder p="md" radius="md" component="article" data-testid="opportunity-card">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <KindBadge kind={opportunity.kind} />
          <CountryBadge country={opportunity.country} />
          {showStatus && <StatusBadge status={opportunity.status} />}
        </Group>
        <h2 style={{ margin: 0, fontSize: 'var(--mantine-font-size-lg)' }}>
          <Anchor component={Link} to={`/opportunities/${opportunity.id}`} c="inherit" dir="auto">
            {opportunity.title}
          </Anchor>
        </h2>
        {opportunity.company && (
          <Text size="sm" fw={600} dir="auto">
            {opportunity.company.name} · {opportunity.company.city}
          </Text>
        )}
        <Text size="sm" lineClamp={3} dir="auto">
          {opportunity.summary}
        </Text>
        <Text size="sm" c="dimmed">
          {list('sector', opportunity.sectors)}
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('card.deadline', { date: format.date(`${opportunity.deadline}T00:00:00Z`) })}
          </Text>
          {opportunity.interestCount !== null && (
            <Text size="xs" c="dimmed" data-testid="interest-count">
              {t('card.interests', { count: opportunity.interestCount })}
            </Text>
          )}
          {opportunity.interested && (
            <Text size="xs" c="teal.9" fw={600}>
              {t('card.interested')}
            </Text>
          )}
        </Group>
        {opportunity.status === 'refused' && opportunity.refusalReason && (
          <Text size="sm" c="red.9" data-testid="refusal-reason" dir="auto">
            {t('detail.reason', { reason: opportunity.refusalReason })}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
