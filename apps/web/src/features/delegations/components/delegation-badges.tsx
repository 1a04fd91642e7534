import type { DelegationMemberStatus } from '@jcc/contracts';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { TONES } from '@/components/ui/company-badges';
import { useFormatters } from '@/lib/labels';

const STATUS_TONES: Record<DelegationMemberStatus, (typeof TONES)[keyof typeof TONES]> = {
  invited: TONES.waiting,
  applied: TONES.waiting,
  accepted: TONES.good,
  confirmed: TONES.good,
  declined: TONES.bad,
  waitlisted: TONES.neutral,
};

export function MemberStatusBadge({ status }: { status: DelegationMemberStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      radius="sm"
      tt="none"
      {...STATUS_TONES[status]}
      data-testid="member-status"
    >
      {t(`delegations.statuses.${status}`)}
    </Badge>
  );
}

/** Seats promised (invited, accepted, confirmed) against the capacity. */
export function CapacityMeter({
  seatsTaken,
  capacity,
  compact = false,
}: {
  seatsTaken: number;
  capacity: number;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = capacity > 0 ? Math.min(100, (seatsTaken / capacity) * 100) : 0;
  const text = t('delegations.seats', {
    taken: format.number(seatsTaken),
    capacity: format.number(capacity),
  });
  return (
    <Stack gap={4} miw={compact ? 120 : 220} data-testid="capacity">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={compact ? undefined : 600}>
          {text}
        </Text>
        {!compact && (
          <Text size="sm" c="dimmed">
            {t('delegations.seatsFree', { count: Math.max(0, capacity - seatsTaken) })}
          </Text>
        )}
      </Group>
      <Progress.Root size={compact ? 'sm' : 'md'}>
        <Progress.Section
          value={percent}
          color={percent >= 100 ? 'red.8' : 'jcc.7'}
          aria-label={text}
        />
      </Progress.Root>
    </Stack>
  );
}
