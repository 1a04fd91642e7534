import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';

import type { FirstDataHandle } from '@/lib/first-data';

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
          path: 'delegations/:delegationId/meetings',
          lazy: () =>
            import('./routes/staff-meetings').then((m) => ({
              Component: m.StaffMeetingsRoute,
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
          path: 'opportunities',
          lazy: () =>
            import('./routes/staff-opportunities').then((m) => ({
              Component: m.StaffOpportunitiesRoute,
            })),
        },
        {
          path: 'agreements',
          lazy: () =>
            import('./routes/staff-agreements').then((m) => ({
              Component: m.StaffAgreementsRoute,
            })),
        },
        {
          path: 'mailbox/:mailId?',
          lazy: () =>
            import('./routes/staff-mailbox').then((m) => ({ Component: m.StaffMailboxRoute })),
        },
        {
          element: <RequireRole roles={['admin']} />,
          children: [
            {
              path: 'audit',
              lazy: () =>
                import('./routes/staff-audit').then((m) => ({ Component: m.StaffAuditRoute })),
            },
            {
              path: 'users',
              lazy: () =>
                import('./routes/staff-users').then((m) => ({ Component: m.StaffUsersRoute })),
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
        path: 'forgot-password',
        lazy: () =>
          import('./routes/account-links').then((m) => ({ Component: m.ForgotPasswordRoute })),
      },
      // Opened from mails: they work signed in or not.
      {
        path: 'reset-password',
        lazy: () =>
          import('./routes/account-links').then((m) => ({ Component: m.ResetPasswordRoute })),
      },
      {
        path: 'verify-email',
        lazy: () =>
          import('./routes/account-links').then((m) => ({ Component: m.VerifyEmailRoute })),
      },
      {
        path: 'unsubscribe',
        lazy: () =>
          import('./routes/account-links').then((m) => ({ Component: m.UnsubscribeRoute })),
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
      // The board is open like the directory (anonymous visitors read teasers).
      {
        path: 'opportunities',
        lazy: () =>
          import('./routes/opportunities').then((m) => ({ Component: m.OpportunitiesRoute })),
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
            lazy: () =>
              import('./routes/dashboard').then((m) => ({
                Component: m.DashboardRoute,
                handle: { prefetchFirstData: m.prefetchFirstData } satisfies FirstDataHandle,
              })),
          },
          {
            path: 'contacts',
            lazy: () => import('./routes/contacts').then((m) => ({ Component: m.ContactsRoute })),
          },
          {
            path: 'messages/:conversationId?',
            lazy: () =>
              import('./routes/messages').then((m) => ({
                Component: m.MessagesRoute,
                handle: { prefetchFirstData: m.prefetchFirstData } satisfies FirstDataHandle,
              })),
          },
          {
            path: 'agreements',
            lazy: () =>
              import('./routes/agreements').then((m) => ({ Component: m.AgreementsRoute })),
          },
          {
            path: 'agreements/new',
            lazy: () =>
              import('./routes/agreement-new').then((m) => ({ Component: m.AgreementNewRoute })),
          },
          {
            path: 'agreements/:agreementId',
            lazy: () => import('./routes/agreement').then((m) => ({ Component: m.AgreementRoute })),
          },
          {
            path: 'profile',
            lazy: () => import('./routes/profile').then((m) => ({ Component: m.ProfileRoute })),
          },
          {
            // The unsubscribe page and older mails link here: the same page as the account's.
            path: 'settings',
            lazy: () => import('./routes/account').then((m) => ({ Component: m.AccountRoute })),
          },
          {
            path: 'account',
            lazy: () => import('./routes/account').then((m) => ({ Component: m.AccountRoute })),
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
          {
            path: 'opportunities/new',
            lazy: () =>
              import('./routes/opportunity-new').then((m) => ({
                Component: m.OpportunityNewRoute,
              })),
          },
          {
            path: 'opportunities/:opportunityId/edit',
            lazy: () =>
              import('./routes/opportunity-edit').then((m) => ({
                Component: m.OpportunityEditRoute,
              })),
          },
          {
            path: 'opportunities/mine',
            lazy: () =>
              import('./routes/my-opportunities').then((m) => ({
                Component: m.MyOpportunitiesRoute,
              })),
          },
          {
            path: 'meetings',
            lazy: () => import('./routes/meetings').then((m) => ({ Component: m.MeetingsRoute })),
          },
          {
            path: 'meetings/:delegationId',
            lazy: () =>
              import('./routes/meeting-visit').then((m) => ({ Component: m.MeetingVisitRoute })),
          },
        ],
      },
      {
        path: 'opportunities/:opportunityId',
        lazy: () => import('./routes/opportunity').then((m) => ({ Component: m.OpportunityRoute })),
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
