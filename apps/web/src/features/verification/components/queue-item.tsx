import type { VerificationQueueItem } from '@jcc/contracts';
import { Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { TONES } from '@/components/ui/company-badges';
import { CompanySummaryView } from '@/components/ui/company-summary';
import { useFormatters, useLabels } from '@/lib/labels';
import { ChangeList } from './change-list';
import type { DecisionKind } from './decision-modal';

/** One pending firm: who it is, since when it waits, the last decision, what changed since. */
export function QueueItem({
  item,
  selected,
  selectable,
  onToggle,
  onDecide,
  evidence,
}: {
  item: VerificationQueueItem;
  selected: boolean;
  /** False when the bulk selection is full and this firm is not in it. */
  selectable: boolean;
  onToggle: () => void;
  onDecide: (decision: DecisionKind) => void;
  /** The firm's papers, shown beside the fields to check. */
  evidence?: ReactNode;
}) {
  const { t } = useTranslation();
  const { label } = useLabels();
  const format = useFormatters();
  const { company, lastReview, changes } = item;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      data-testid="queue-item"
      data-company-id={company.id}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Checkbox
          mt={6}
          checked={selected}
          disabled={!selectable}
          onChange={onToggle}
          aria-label={t('verification.selectFirm', { name: company.name })}
          data-testid="queue-select"
        />
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <CompanySummaryView company={company} headingLevel={2} />
          <Text size="sm" c="dimmed">
            {t('verification.pendingSince', { date: format.dateTime(item.pendingSince) })}
            {company.registrationNumber
              ? ` · ${t('verification.registration', { number: company.registrationNumber })}`
              : ''}
          </Text>
          {lastReview ? (
            <Text size="sm">
              {t('verification.lastReview', {
                status: label('verification', lastReview.status),
                date: format.date(lastReview.at),
              })}
              {lastReview.note && (
                <Text span size="sm" dir="auto">
                  {' '}
                  “{lastReview.note}”
                </Text>
              )}
            </Text>
          ) : (
            <Group gap="xs">
              <Badge variant="light" {...TONES.neutral} radius="sm" tt="none">
                {t('verification.neverReviewed')}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('verification.neverReviewedHint')}
              </Text>
            </Group>
          )}
          {changes && changes.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('verification.changesTitle', { count: changes.length })}
              </Text>
              <ChangeList changes={changes} companyName={company.name} />
            </Stack>
          )}
          {changes && changes.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('verification.noChanges')}
            </Text>
          )}
          {evidence}
          <Group gap="xs" mt={4}>
            <Button size="xs" onClick={() => onDecide('verified')} data-testid="verify-one">
              {t('verification.verify')}
            </Button>
            <Button
              size="xs"
              variant="light"
              color="red"
              c="#a11010"
              onClick={() => onDecide('rejected')}
              data-testid="reject-one"
            >
              {t('verification.rejectEllipsis')}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
