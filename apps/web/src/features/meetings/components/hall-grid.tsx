import type { MeetingRequestResponse, ProgrammeResponse } from '@jcc/contracts';
import { Box, Button, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLockMeeting } from '../api/meetings-mutations';
import { DualClock } from './dual-clock';

function Cell({
  meeting,
  onLock,
}: {
  meeting: MeetingRequestResponse;
  onLock: (locked: boolean) => void;
}) {
  const { t } = useTranslation('meetings');
  return (
    <Stack gap={2} data-testid="grid-cell">
      <Text size="xs" fw={600} dir="auto">
        {meeting.requester.name}
      </Text>
      <Text size="xs" dir="auto">
        ↔ {meeting.target.name}
      </Text>
      <Button
        size="compact-xs"
        variant={meeting.locked ? 'filled' : 'subtle'}
        onClick={() => onLock(!meeting.locked)}
        aria-pressed={meeting.locked}
        data-testid="lock"
      >
        {meeting.locked ? t('grid.locked') : t('grid.lock')}
      </Button>
    </Stack>
  );
}

/**
 * The hall: slots down, tables across. On a phone the same grid reads as one card per slot
 * (only the tables in use), since a wide table cannot be read at that width.
 */
export function HallGrid({
  delegationId,
  programme,
  meetings,
}: {
  delegationId: string;
  programme: ProgrammeResponse;
  meetings: MeetingRequestResponse[];
}) {
  const { t } = useTranslation('meetings');
  const lock = useLockMeeting(delegationId);
  const at = new Map(meetings.map((meeting) => [`${meeting.slot?.id}|${meeting.table}`, meeting]));
  const slots = programme.slots.filter((slot) =>
    programme.tables.some((table) => at.has(`${slot.id}|${table}`)),
  );
  if (slots.length === 0) {
    return <Text c="dimmed">{t('grid.empty')}</Text>;
  }
  const onLock = (meeting: MeetingRequestResponse) => (locked: boolean) =>
    lock.mutate({ requestId: meeting.id, locked });
  return (
    <>
      <Box visibleFrom="sm">
        <ScrollArea type="auto">
          <Table withTableBorder withColumnBorders striped data-testid="hall-grid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('grid.slot')}</Table.Th>
                {programme.tables.map((table) => (
                  <Table.Th key={table}>{table}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {slots.map((slot) => (
                <Table.Tr key={slot.id}>
                  <Table.Td>
                    <DualClock start={slot.startsAt} end={slot.endsAt} />
                  </Table.Td>
                  {programme.tables.map((table) => {
                    const meeting = at.get(`${slot.id}|${table}`);
                    return (
                      <Table.Td key={table}>
                        {meeting && <Cell meeting={meeting} onLock={onLock(meeting)} />}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" data-testid="hall-grid-cards">
        {slots.map((slot) => (
          <Paper key={slot.id} withBorder p="xs" radius="md">
            <DualClock start={slot.startsAt} end={slot.endsAt} />
            {programme.tables
              .filter((table) => at.has(`${slot.id}|${table}`))
              .map((table) => {
                const meeting = at.get(`${slot.id}|${table}`);
                return (
                  <Box key={table} mt={6}>
                    <Text size="xs" c="dimmed">
                      {t('agenda.table', { table })}
                    </Text>
                    {meeting && <Cell meeting={meeting} onLock={onLock(meeting)} />}
                  </Box>
                );
              })}
          </Paper>
        ))}
      </Stack>
    </>
  );
}
