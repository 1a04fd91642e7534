import type { ProgrammeResponse } from '@jcc/contracts';
import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useSetUnavailability } from '../api/meetings-mutations';
import { useUnavailability } from '../api/meetings-queries';
import { dayIn, venueZone } from '../lib/dual-time';
import { meetingErrorText } from '../lib/meeting-errors';
import { DualClock } from './dual-clock';

/** A firm marks the sessions it cannot attend; the scheduler keeps its meetings out of them. */
export function AvailabilityPanel({
  delegationId,
  programme,
  hostCountry,
}: {
  delegationId: string;
  programme: ProgrammeResponse;
  hostCountry: 'PK' | 'AZ';
}) {
  const { t, i18n } = useTranslation('meetings');
  const language = i18n.resolvedLanguage ?? 'en';
  const stored = useUnavailability(delegationId);
  const save = useSetUnavailability(delegationId);
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(() => {
    if (stored.data) {
      setSelected(stored.data);
    }
  }, [stored.data]);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('availability.intro')}
      </Text>
      <Checkbox.Group value={selected} onChange={setSelected} label={t('availability.label')}>
        <Stack gap="xs" mt="xs">
          {programme.sessions.map((session) => (
            <Checkbox
              key={session.id}
              value={session.id}
              data-testid="unavailable-session"
              label={
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {dayIn(language, session.startsAt, venueZone(hostCountry))}
                  </Text>
                  <DualClock start={session.startsAt} end={session.endsAt} />
                </Group>
              }
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {save.error && (
        <Alert color="red" role="alert">
          {meetingErrorText(t, save.error)}
        </Alert>
      )}
      {save.isSuccess && !save.isPending && (
        <Text size="sm" c="green.9" role="status">
          {t('availability.saved')}
        </Text>
      )}
      <Button
        w="fit-content"
        loading={save.isPending}
        onClick={() => save.mutate(selected)}
        data-testid="save-availability"
      >
        {t('availability.save')}
      </Button>
    </Stack>
  );
}
