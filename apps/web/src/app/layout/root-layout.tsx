import {
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Container,
  Group,
  Loader,
  Text,
  useMantineTheme,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useNavigate, useNavigation } from 'react-router';

import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { useLogout } from '@/features/auth/api/logout';
import { saveAccountLocale } from '@/features/auth/api/update-me';
import { VerificationBanner } from '@/features/companies/components/verification-banner';
import { onSessionExpired } from '@/lib/api-client';
import { applyUserLocale } from '@/lib/i18n';
import { useCurrentUser } from '@/lib/session';
import type { MemberCounts } from './member-live';
import { NavLinks } from './nav-links';

// Signed-in parts are chunks of their own: a visitor's first load (the landing page, the
// directory) carries neither the socket client nor the bell's popover (floating-ui).
const MemberLive = lazy(() => import('./member-live').then((m) => ({ default: m.MemberLive })));
const NotificationBell = lazy(() =>
  import('@/features/notifications/components/notification-bell').then((m) => ({
    default: m.NotificationBell,
  })),
);
// Only an unconfirmed account needs it.
const EmailVerificationBanner = lazy(() =>
  import('@/features/account/components/email-verification-banner').then((m) => ({
    default: m.EmailVerificationBanner,
  })),
);
// The phone menu: fetched when the burger is first pressed, never with the page.
const loadNavDrawer = () => import('./nav-drawer').then((m) => ({ default: m.NavDrawer }));
const NavDrawer = lazy(loadNavDrawer);
const NO_COUNTS: MemberCounts = { unread: 0, pendingRequests: 0 };

export function RootLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const logout = useLogout();
  const [menuOpened, menu] = useDisclosure(false);
  const [liveCounts, setLiveCounts] = useState<MemberCounts>(NO_COUNTS);
  const onCounts = useCallback((counts: MemberCounts) => setLiveCounts(counts), []);
  const { unread, pendingRequests } = user?.companyId ? liveCounts : NO_COUNTS;
  // Rendered (and so downloaded) from the first press of the burger on.
  const [drawerWanted, setDrawerWanted] = useState(false);
  // Below lg the links are in the menu: the header's would be hidden, yet a tenth of a phone's
  // first render. Known in the first render (no effect), so a wide screen never sees them late.
  const { breakpoints } = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${breakpoints.lg})`, undefined, {
    getInitialValueInEffect: false,
  });

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
      {user?.companyId && (
        <Suspense fallback={null}>
          <MemberLive onCounts={onCounts} />
        </Suspense>
      )}
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="nowrap">
              <Burger
                opened={menuOpened}
                onPointerDown={() => void loadNavDrawer()}
                onClick={() => {
                  setDrawerWanted(true);
                  menu.toggle();
                }}
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
            {wide && (
              <Group
                gap={2}
                wrap="nowrap"
                visibleFrom="lg"
                component="nav"
                aria-label={t('nav.main')}
              >
                <NavLinks user={user} unread={unread} pendingRequests={pendingRequests} />
              </Group>
            )}
            <Group gap="xs" wrap="nowrap">
              {user && (
                <Suspense fallback={null}>
                  <NotificationBell />
                </Suspense>
              )}
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
                  {/* Below lg the header has no room for the account link: it is in the menu. */}
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
                // data-guest-only: hidden in the prerendered page while a session is restored.
                <Button component={Link} to="/sign-in" size="xs" variant="light" data-guest-only>
                  {t('auth.signIn')}
                </Button>
              )}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      {drawerWanted && (
        <Suspense fallback={null}>
          <NavDrawer
            opened={menuOpened}
            onClose={menu.close}
            user={user}
            unread={unread}
            pendingRequests={pendingRequests}
          />
        </Suspense>
      )}
      <AppShell.Main>
        {/* AppShell.Main is the page's one <main>; the skip link lands on this container. */}
        <Container size="lg" py="lg" id="main" tabIndex={-1}>
          {user && !user.emailVerified && (
            <Suspense fallback={null}>
              <EmailVerificationBanner />
            </Suspense>
          )}
          {/* Part of the shell (about 2 KB), not a lazy chunk: lazy, it rendered only after the
              page had (React retries a suspended part last), and a firm's banner pushed the
              page down seconds later on a slow phone. Its data loads beside the page's. */}
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
