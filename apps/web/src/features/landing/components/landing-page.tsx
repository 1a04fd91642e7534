import { JOINT_VENTURE_SECTORS, PRIORITY_SECTORS } from '@jcc/contracts';
import {
  Box,
  Button,
  Container,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useLabels } from '@/lib/labels';
import { useCurrentUser } from '@/lib/session';
import { FirmCounts } from './firm-counts';

const OFFERS = ['match', 'verify', 'talk', 'delegations'] as const;

export function LandingPage() {
  const { t } = useTranslation();
  const { label } = useLabels();
  const user = useCurrentUser();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  return (
    <Stack gap={48}>
      <Box
        p={{ base: 'lg', sm: 48 }}
        style={{
          borderRadius: 'var(--mantine-radius-lg)',
          color: 'white',
          background: 'linear-gradient(135deg, #0b4f3c 0%, #0d3f66 100%)',
        }}
      >
        <Container size="md" p={0}>
          <Stack gap="md">
            <Text fw={600} tt="uppercase" size="sm" style={{ letterSpacing: '0.08em' }}>
              {t('landing.eyebrow')}
            </Text>
            <Title order={1} fz={{ base: 28, sm: 40 }} lh={1.25}>
              {t('landing.title')}
            </Title>
            <Text fz="lg" maw={640}>
              {t('landing.lead')}
            </Text>
            {/* data-guest-only: hidden in the prerendered page while a session is restored. */}
            <Group data-guest-only={user ? undefined : true}>
              {user ? (
                <Button
                  component={Link}
                  to={user.role === 'member' ? '/dashboard' : '/staff'}
                  size="md"
                  color="yellow.4"
                  c="dark.9"
                >
                  {t('landing.toDashboard')}
                </Button>
              ) : (
                <>
                  <Button component={Link} to="/sign-up" size="md" color="yellow.4" c="dark.9">
                    {t('landing.join')}
                  </Button>
                  <Button
                    component={Link}
                    to="/directory"
                    size="md"
                    variant="outline"
                    color="white"
                  >
                    {t('landing.browse')}
                  </Button>
                </>
              )}
            </Group>
          </Stack>
        </Container>
      </Box>

      <section aria-labelledby="offers-heading">
        <Title order={2} id="offers-heading" mb="md">
          {t('landing.offersTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {OFFERS.map((key) => (
            <Paper key={key} withBorder radius="md" p="lg">
              <Title order={3} size="h4" mb={6}>
                {t(`landing.offer.${key}.title`)}
              </Title>
              <Text size="sm">{t(`landing.offer.${key}.text`)}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="sectors-heading">
        <Title order={2} id="sectors-heading" mb="md">
          {t('landing.sectorsTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Paper withBorder radius="md" p="lg">
            <Title order={3} size="h5" mb="xs">
              {t('landing.prioritySectors')}
            </Title>
            <List size="sm">
              {PRIORITY_SECTORS.map((code) => (
                <List.Item key={code}>{label('sector', code)}</List.Item>
              ))}
            </List>
          </Paper>
          <Paper withBorder radius="md" p="lg">
            <Title order={3} size="h5" mb="xs">
              {t('landing.jvSectors')}
            </Title>
            <List size="sm">
              {JOINT_VENTURE_SECTORS.map((code) => (
                <List.Item key={code}>{label('sector', code)}</List.Item>
              ))}
            </List>
          </Paper>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('landing.corridor')}
        </Text>
      </section>

      <section aria-labelledby="counts-heading">
        <Title order={2} id="counts-heading" mb="md">
          {t('landing.countsTitle')}
        </Title>
        <FirmCounts />
      </section>
    </Stack>
  );
}
