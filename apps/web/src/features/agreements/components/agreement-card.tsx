import type { AgreementListItem } from '@jcc/contracts';
import { Anchor, Badge, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { useIntlFormatters, useLabels } from '@/lib/labels';
import { useDayFormat } from '../lib/format-day';
import { useAgreementsText } from '../lib/use-agreements-text';

/** One agreement in the register: a card, so that a phone shows it without scrolling sideways. */
export function AgreementCard({ agreement }: { agreement: AgreementListItem }) {
  const { ta, language } = useAgreementsText();
  const { list } = useLabels();
  const day = useDayFormat(language);
  const total = agreement.commitments.filter((c) => c.status !== 'dropped').length;
  const done = agreement.commitments.filter((c) => c.status === 'done').length;
  const overdue = agreement.commitments.filter((c) => c.overdue).length;
  const names = useIntlFormatters().list(agreement.parties.map((party) => party.name));
  return (
    <Paper withBorder radius="md" p="md" component="article" data-testid="agreement-card">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/agreements/${agreement.id}`} fw={600}>
            {agreement.title}
          </Anchor>
          <Badge variant="outline" color="gray.8">
            {ta(`kind.${agreement.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">{names}</Text>
        <Text size="sm" c="dimmed">
          {ta('card.signed', { date: day(agreement.signedOn) })} ·{' '}
          {list('sector', agreement.sectors)}
        </Text>
        {total > 0 && (
          <Group gap="xs" wrap="nowrap">
            <Progress
              value={(done / total) * 100}
              color="green.9"
              style={{ flex: 1 }}
              aria-label={ta('card.progress', { done, total })}
            />
            <Text size="xs">{ta('card.progress', { done, total })}</Text>
          </Group>
        )}
        {overdue > 0 && (
          <Badge color="red.9" variant="light">
            {ta('card.overdue', { count: overdue })}
          </Badge>
        )}
      </Stack>
    </Paper>
  );
}
