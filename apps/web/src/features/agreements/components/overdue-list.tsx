import type { OverdueCommitment } from '@jcc/contracts';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { useLabels } from '@/lib/labels';
import { useDayFormat } from '../lib/format-day';
import { useAgreementsText } from '../lib/use-agreements-text';

/** Overdue commitments, longest overdue first, as cards (a phone shows them without a wide table). */
export function OverdueList({ rows }: { rows: OverdueCommitment[] }) {
  const { ta, language } = useAgreementsText();
  const { label } = useLabels();
  const day = useDayFormat(language);
  return (
    <section aria-labelledby="overdue-heading">
      <Title order={2} size="h4" id="overdue-heading" mb="xs">
        {ta('dashboard.overdueList')}
      </Title>
      {rows.length === 0 && <Text c="dimmed">{ta('dashboard.noOverdue')}</Text>}
      <Stack gap="xs" data-testid="overdue-list">
        {rows.map((row) => (
          <Paper key={row.commitmentId} withBorder radius="md" p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Anchor component={Link} to={`/agreements/${row.agreementId}`} fw={600}>
                {row.commitmentTitle}
              </Anchor>
              <Badge color="red.9" variant="light">
                {ta('dashboard.daysOverdue', { count: row.daysOverdue })}
              </Badge>
            </Group>
            <Text size="sm">{row.agreementTitle}</Text>
            <Text size="sm" c="dimmed">
              {row.ownerName} ({label('country', row.ownerCountry)}) ·{' '}
              {ta('commitment.due', { date: day(row.dueOn) })}
            </Text>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
