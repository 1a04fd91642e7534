import type { ProgrammeResponse } from '@jcc/contracts';
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { dayIn, venueZone } from '../lib/dual-time';
import { DualClock } from './dual-clock';

/** The programme as firms read it: venue, sessions and blocked times on both clocks. */
export function ProgrammeView({
  programme,
  hostCountry,
}: {
  programme: ProgrammeResponse;
  hostCountry: 'PK' | 'AZ';
}) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.resolvedLanguage ?? 'en';
  const zone = venueZone(hostCountry);
  return (
    <Stack gap="xs" data-testid="programme">
      <Text size="sm">
        {t('programme.venueLine', {
          venue: programme.venue,
          minutes: programme.slotMinutes,
          tables: programme.tables.length,
        })}
      </Text>
      <List size="sm" spacing={4}>
        {programme.sessions.map((session) => (
          <List.Item key={session.id}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {dayIn(language, session.startsAt, zone)}
              </Text>
              <DualClock start={session.startsAt} end={session.endsAt} />
            </Group>
          </List.Item>
        ))}
      </List>
      {programme.blocks.length > 0 && (
        <Stack gap={4}>
          {programme.blocks.map((block) => (
            <Group key={`${block.kind}-${block.startsAt.utc}`} gap="xs">
              <Badge size="sm" variant="light" color="gray.8">
                {t(`block.${block.kind}`)}
              </Badge>
              <Text size="sm">{dayIn(language, block.startsAt, zone)}</Text>
              <DualClock start={block.startsAt} end={block.endsAt} />
            </Group>
          ))}
        </Stack>
      )}
      {programme.requestDeadline && (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('programme.deadline')}
          </Text>
          <Text size="sm">{dayIn(language, programme.requestDeadline, zone)}</Text>
          <DualClock start={programme.requestDeadline} />
        </Group>
      )}
    </Stack>
  );
}
