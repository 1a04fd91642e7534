import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-error';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <Text c="dimmed">{label ?? t('state.loading')}</Text>
      </Stack>
    </Center>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Stack align="center" gap="xs" py="xl" ta="center" data-testid="empty-state">
      {/* An h2: it often sits right under the page's h1, and a level may not be skipped. */}
      <Title order={2} size="h4">
        {title}
      </Title>
      {children && <Text c="dimmed">{children}</Text>}
      {action}
    </Stack>
  );
}

export function errorMessageKey(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) {
      return 'error.network';
    }
    if (error.status === 401) {
      return 'error.unauthorized';
    }
    if (error.status === 403) {
      return 'error.forbidden';
    }
    if (error.status === 404) {
      return 'error.notFound';
    }
    if (error.status === 429) {
      return 'error.tooMany';
    }
  }
  return 'error.generic';
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t('error.title')} role="alert" my="md">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(errorMessageKey(error))}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
