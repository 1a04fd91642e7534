import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useIntlFormatters, useLabels } from '@/lib/labels';
import { useOpportunitiesForMe } from '../api/get-opportunities-for-me';
import { KindBadge } from './opportunity-badges';

/** A small panel beside the matches: open opportunities of the other country that fit the firm. */
export function OpportunitiesForMePanel() {
  const { t } = useTranslation('opportunities');
  const { list } = useLabels();
  // The shared formatter: made once per language (a new Intl.ListFormat per render cost a
  // phone a tenth of a second), with the fallback where the runtime lacks the language.
  const { list: conjunction } = useIntlFormatters();
  const forMe = useOpportunitiesForMe(5);
  if (forMe.isPending || forMe.isError) {
    return null;
  }
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb="lg"
      component="section"
      aria-labelledby="for-me-title"
      data-testid="opportunities-for-me"
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="for-me-title">
          {t('forMe.title')}
        </Title>
        <Anchor component={Link} to="/opportunities" size="sm">
          {t('forMe.all')}
        </Anchor>
      </Group>
      {forMe.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('forMe.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {forMe.data.items.map(({ opportunity, sharedSectors, sharedHsChapters }) => (
            <div key={opportunity.id}>
              <Group gap="xs" wrap="wrap">
                <KindBadge kind={opportunity.kind} />
                <Anchor
                  component={Link}
                  to={`/opportunities/${opportunity.id}`}
                  fw={600}
                  dir="auto"
                >
                  {opportunity.title}
                </Anchor>
              </Group>
              <Text size="xs" c="dimmed">
                {t('forMe.shared', {
                  what: conjunction(
                    [
                      sharedSectors.length > 0 ? list('sector', sharedSectors) : null,
                      sharedHsChapters.length > 0
                        ? t('forMe.hs', { codes: sharedHsChapters.join(', ') })
                        : null,
                    ].filter((part): part is string => part !== null),
                  ),
                })}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
