import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { directionOf } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { theme } from '@/lib/theme';

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
        <Notifications position="top-center" containerWidth={360} limit={3} />
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
