import { createBrowserRouter, type RouteObject } from 'react-router';

import { RequireAuth } from './layout/require-auth';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';

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
        ],
      },
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
