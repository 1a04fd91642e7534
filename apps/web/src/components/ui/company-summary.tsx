import type { CompanySummary } from '@jcc/contracts';
import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { useLabels } from '@/lib/labels';
import { CountryBadge, VerificationBadge } from './company-badges';

/** Name (linking to the company page), place, sectors and badges: the same in every list. */
export function CompanySummaryView({
  company,
  headingLevel = 3,
  extra,
}: {
  company: CompanySummary;
  headingLevel?: 2 | 3 | 4;
  extra?: ReactNode;
}) {
  const { label, list } = useLabels();
  const Heading = `h${headingLevel}` as const;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Heading style={{ margin: 0, fontSize: 'var(--mantine-font-size-lg)' }}>
          <Anchor component={Link} to={`/companies/${company.id}`} c="inherit" dir="auto">
            {company.name}
          </Anchor>
        </Heading>
        {extra}
      </Group>
      <Group gap="xs" wrap="wrap">
        <CountryBadge country={company.country} />
        <VerificationBadge status={company.verification} />
        <Text size="sm" c="dimmed">
          {company.city} · {label('size', company.sizeBand)}
        </Text>
      </Group>
      <Text size="sm">{list('sector', company.sectors)}</Text>
    </Stack>
  );
}
