import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A page that failed to load (often a new release replaced its chunk): offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start" role="alert">
        <Title order={1} size="h2">
          {t('error.title')}
        </Title>
        <Text>{t('error.pageFailed')}</Text>
        <Button onClick={() => window.location.reload()}>{t('action.reload')}</Button>
      </Stack>
    </Container>
  );
}
