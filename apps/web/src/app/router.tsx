import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import { RequireAuth } from './layout/require-auth';
import { RequireRole, STAFF_ROLES } from './layout/require-role';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';

/** The chamber staff workspace: staff and admins only; each page (and its charts) a lazy chunk. */
const staffRoutes: RouteObject = {
  element: <RequireRole roles={STAFF_ROLES} />,
  children: [
    {
      path: 'staff',
      lazy: () => import('./layout/staff-layout').then((m) => ({ Component: m.StaffLayout })),
      children: [
        { index: true, element: <Navigate to="/staff/verification" replace /> },
        {
          path: 'verification',
          lazy: () =>
            import('./routes/staff-verification').then((m) => ({
              Component: m.StaffVerificationRoute,
            })),
        },
        {
          path: 'imports',
          lazy: () =>
            import('./routes/staff-imports').then((m) => ({ Component: m.StaffImportsRoute })),
        },
        {
          path: 'delegations',
          lazy: () =>
            import('./routes/staff-delegations').then((m) => ({
              Component: m.StaffDelegationsRoute,
            })),
        },
        {
          path: 'delegations/new',
          lazy: () =>
            import('./routes/staff-delegation-new').then((m) => ({
              Component: m.StaffDelegationNewRoute,
            })),
        },
        {
          path: 'delegations/:delegationId',
          lazy: () =>
            import('./routes/staff-delegation').then((m) => ({
              Component: m.StaffDelegationRoute,
            })),
        },
        {
          path: 'claims',
          lazy: () =>
            import('./routes/staff-claims').then((m) => ({ Component: m.StaffClaimsRoute })),
        },
        {
          path: 'stats',
          lazy: () =>
            import('./routes/staff-stats').then((m) => ({ Component: m.StaffStatsRoute })),
        },
        {
          element: <RequireRole roles={['admin']} />,
          children: [
            {
              path: 'audit',
              lazy: () =>
                import('./routes/staff-audit').then((m) => ({ Component: m.StaffAuditRoute })),
            },
          ],
        },
      ],
    },
  ],
};

/** Every page is its own chunk, loaded when first visited. */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: () => import('./routes/landing').then((m) => ({ Component: m.LandingRoute })),
      },
      {
        path: 'sign-in',
        lazy: () => import('./routes/sign-in').then((m) => ({ Component: m.SignInRoute })),
      },
      {
        path: 'sign-up',
        lazy: () => import('./routes/sign-up').then((m) => ({ Component: m.SignUpRoute })),
      },
      {
        path: 'directory',
        lazy: () => import('./routes/directory').then((m) => ({ Component: m.DirectoryRoute })),
      },
      {
        path: 'invite/:token',
        lazy: () => import('./routes/invite').then((m) => ({ Component: m.InviteRoute })),
      },
      {
        path: 'companies/:companyId',
        lazy: () => import('./routes/company').then((m) => ({ Component: m.CompanyRoute })),
      },
      {
        element: <RequireAuth />,
        children: [
          {
            path: 'onboarding',
            lazy: () =>
              import('./routes/onboarding').then((m) => ({ Component: m.OnboardingRoute })),
          },
          {
            path: 'dashboard',
            lazy: () => import('./routes/dashboard').then((m) => ({ Component: m.DashboardRoute })),
          },
          {
            path: 'contacts',
            lazy: () => import('./routes/contacts').then((m) => ({ Component: m.ContactsRoute })),
          },
          {
            path: 'messages/:conversationId?',
            lazy: () => import('./routes/messages').then((m) => ({ Component: m.MessagesRoute })),
          },
          {
            path: 'profile',
            lazy: () => import('./routes/profile').then((m) => ({ Component: m.ProfileRoute })),
          },
          {
            path: 'team',
            lazy: () => import('./routes/team').then((m) => ({ Component: m.TeamRoute })),
          },
          {
            path: 'delegations',
            lazy: () =>
              import('./routes/my-delegations').then((m) => ({ Component: m.MyDelegationsRoute })),
          },
        ],
      },
      staffRoutes,
      {
        path: '*',
        lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundRoute })),
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
