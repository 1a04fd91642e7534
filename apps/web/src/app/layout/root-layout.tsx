import {
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Container,
  Drawer,
  Group,
  Loader,
  NavLink as MantineNavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useNavigate, useNavigation } from 'react-router';

import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { useLogout } from '@/features/auth/api/logout';
import { usePendingRequestCount } from '@/features/contacts/api/get-contact-requests';
import { useLiveContactRequests } from '@/features/contacts/hooks/use-live-contact-requests';
import { saveAccountLocale } from '@/features/auth/api/update-me';
import { VerificationBanner } from '@/features/companies/components/verification-banner';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useRealtimeInbox } from '@/features/messages/hooks/use-realtime-inbox';
import { onSessionExpired } from '@/lib/api-client';
import { applyUserLocale } from '@/lib/i18n';
import { useCurrentUser } from '@/lib/session';
import { NavLinks } from './nav-links';

// Only an unconfirmed account needs it: kept out of every page's first download.
const EmailVerificationBanner = lazy(() =>
  import('@/features/account/components/email-verification-banner').then((m) => ({
    default: m.EmailVerificationBanner,
  })),
);

export function RootLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const logout = useLogout();
  const [menuOpened, menu] = useDisclosure(false);
  const { unread } = useRealtimeInbox(Boolean(user?.companyId));
  const pendingRequests = usePendingRequestCount(Boolean(user?.companyId));
  useLiveContactRequests(Boolean(user?.companyId));

  useEffect(() => {
    onSessionExpired(() => {
      const here = window.location.pathname + window.location.search;
      void navigate(`/sign-in?expired=1&next=${encodeURIComponent(here)}`);
    });
  }, [navigate]);

  // Once per sign-in (or restored session), not on every change of the user object.
  const localeAppliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (user && localeAppliedFor.current !== user.id) {
      localeAppliedFor.current = user.id;
      void applyUserLocale(user, saveAccountLocale);
    }
  }, [user]);

  const signOut = () => logout.mutate(undefined, { onSettled: () => void navigate('/') });

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="lg"
                size="sm"
                aria-label={t('nav.menu')}
              />
              <Anchor
                component={Link}
                to="/"
                fw={700}
                c="jcc.9"
                underline="never"
                data-testid="brand"
              >
                <Text span fw={800} visibleFrom="xs">
                  {t('app.shortName')}
                </Text>
                <Text span fw={800} hiddenFrom="xs">
                  PK·AZ
                </Text>
              </Anchor>
              {navigation.state === 'loading' && (
                <Loader size="xs" aria-label={t('state.loading')} />
              )}
            </Group>
            <Group
              gap={2}
              wrap="nowrap"
              visibleFrom="lg"
              component="nav"
              aria-label={t('nav.main')}
            >
              <NavLinks user={user} unread={unread} pendingRequests={pendingRequests} />
            </Group>
            <Group gap="xs" wrap="nowrap">
              {user && <NotificationBell />}
              <LanguageSwitcher save={saveAccountLocale} />
              {user ? (
                <Group gap={4} wrap="nowrap">
                  <Text
                    size="xs"
                    c="dimmed"
                    visibleFrom="xl"
                    maw={160}
                    truncate
                    data-testid="user-name"
                  >
                    {user.fullName}
                  </Text>
                  <Button
                    component={Link}
                    to="/account"
                    variant="subtle"
                    size="xs"
                    visibleFrom="lg"
                    data-testid="account-link"
                  >
                    {t('auth.account')}
                  </Button>
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={signOut}
                    loading={logout.isPending}
                    data-testid="sign-out"
                  >
                    {t('auth.signOut')}
                  </Button>
                </Group>
              ) : (
                <Button component={Link} to="/sign-in" size="xs" variant="light">
                  {t('auth.signIn')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <Drawer
        opened={menuOpened}
        onClose={menu.close}
        title={t('nav.menu')}
        size="xs"
        hiddenFrom="lg"
      >
        <Stack component="nav" aria-label={t('nav.main')} gap={4}>
          <NavLinks
            user={user}
            unread={unread}
            pendingRequests={pendingRequests}
            onNavigate={menu.close}
          />
          {/* Below lg the header has no room for the account link: it lives in the menu. */}
          {user && (
            <MantineNavLink
              component={Link}
              to="/account"
              label={t('auth.account')}
              onClick={menu.close}
            />
          )}
        </Stack>
      </Drawer>
      <AppShell.Main>
        {/* AppShell.Main is the page's one <main>; the skip link lands on this container. */}
        <Container size="lg" py="lg" id="main" tabIndex={-1}>
          {user && !user.emailVerified && (
            <Suspense fallback={null}>
              <EmailVerificationBanner />
            </Suspense>
          )}
          {user?.companyId && <VerificationBanner companyId={user.companyId} />}
          <Outlet />
        </Container>
        <Box component="footer" py="lg" ta="center">
          <Text size="sm" c="dimmed">
            {t('app.footer')}
          </Text>
        </Box>
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}
