import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { directionOf } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { theme } from '@/lib/theme';

/**
 * The toasts' container (and its transitions) is a chunk of its own, not part of the first paint.
 * `notifications.show()` writes to a store the container reads when it mounts, so a toast raised
 * before that still appears.
 */
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

/** Mantine's direction follows the language (Urdu is right-to-left). */
function DirectionSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    setDirection(directionOf(language));
  }, [language, setDirection]);
  return null;
}

export function AppProviders({
  children,
  queryClient,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <DirectionProvider detectDirection>
      <MantineProvider theme={theme}>
        <DirectionSync />
        {/* Below the header (app.css), narrow: a toast no longer sits on the last rows of the
            lists staff act on, as it did at the bottom. */}
        <Suspense fallback={null}>
          <Notifications position="top-center" containerWidth={360} limit={3} />
        </Suspense>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
