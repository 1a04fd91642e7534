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
        {/* Below the header, narrow and stacked: a toast never covers the table rows it is about
            (at the bottom it sat on the last rows of the lists staff act on). */}
        <Notifications
          position="top-center"
          containerWidth={360}
          layout="stacked"
          limit={3}
          styles={{ root: { top: 72 } }}
        />
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
