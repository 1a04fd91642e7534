import { BULK_VERIFICATION_MAX } from '@jcc/contracts';
import { Button, Checkbox, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DecisionKind } from './decision-modal';

/** Tick all shown firms, see how many are ticked, decide them together. */
export function BulkBar({
  count,
  coverage,
  full,
  onSetAll,
  onClear,
  onDecide,
}: {
  count: number;
  coverage: 'all' | 'some' | 'none';
  full: boolean;
  onSetAll: (value: boolean) => void;
  onClear: () => void;
  onDecide: (decision: DecisionKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      pos="sticky"
      top={72}
      style={{ zIndex: 2 }}
      bg="var(--mantine-color-body)"
      data-testid="bulk-bar"
    >
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Checkbox
            label={t('verification.selectAll')}
            checked={coverage === 'all'}
            indeterminate={coverage === 'some'}
            onChange={() => onSetAll(coverage !== 'all')}
            data-testid="select-all"
          />
          <Text size="sm" role="status" aria-live="polite" data-testid="selected-count">
            {t('verification.selected', { count })}
            {full ? ` · ${t('verification.selectionFull', { count: BULK_VERIFICATION_MAX })}` : ''}
          </Text>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={onClear} disabled={count === 0}>
            {t('verification.clearSelection')}
          </Button>
          <Button
            size="xs"
            onClick={() => onDecide('verified')}
            disabled={count === 0}
            data-testid="bulk-verify"
          >
            {t('verification.verifySelected')}
          </Button>
          <Button
            size="xs"
            color="red.8"
            onClick={() => onDecide('rejected')}
            disabled={count === 0}
            data-testid="bulk-reject"
          >
            {t('verification.rejectSelected')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
