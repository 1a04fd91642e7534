import i18next, { type ResourceKey } from 'i18next';
import type { ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';

import { NAMESPACES } from '@/lib/i18n';
import { RootLayout } from './layout/root-layout';
import { AppProviders } from './provider';
import { DirectoryRoute } from './routes/directory';
import { LandingRoute } from './routes/landing';

/**
 * Build time only (scripts/prerender.mjs, through Vite's SSR loader): the landing page as a
 * visitor sees it in English before any data arrives — header, hero, offers, sectors, the counts'
 * loader — so index.html paints it before the app's JavaScript has loaded; likewise the public
 * directory's frame (directory.html). The client renders
 * the same components and replaces this markup in one commit (main.tsx), not hydrating it:
 * another language, a signed-in user or another path simply gets the app's own render.
 */
const englishTexts = import.meta.glob<{ default: ResourceKey }>('../locales/en/*.json', {
  eager: true,
});

async function englishI18n() {
  const instance = i18next.createInstance();
  const resources: Record<string, ResourceKey> = {};
  for (const namespace of NAMESPACES) {
    const texts = englishTexts[`../locales/en/${namespace}.json`];
    if (!texts) {
      throw new Error(`No English ${namespace} texts to prerender with`);
    }
    resources[namespace] = texts.default;
  }
  await instance.init({
    lng: 'en',
    resources: { en: resources },
    ns: [...NAMESPACES],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}

/** One page inside the root layout, as a visitor sees it in English before any data arrives. */
async function renderPage(path: string, page: ReactNode): Promise<string> {
  const i18n = await englishI18n();
  const handler = createStaticHandler([
    {
      path: '/',
      element: <RootLayout />,
      children: [path === '/' ? { index: true, element: page } : { path, element: page }],
    },
  ]);
  const context = await handler.query(new Request(`http://localhost${path}`));
  if (context instanceof Response) {
    throw new Error(`The route ${path} answered ${context.status} at build time`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerender(
    <I18nextProvider i18n={i18n}>
      <AppProviders>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </I18nextProvider>,
    // Every Suspense boundary in place, however large: React would otherwise move a big one
    // (the directory's HS select) to the end with inline scripts, which the page's CSP refuses.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}

export function renderLanding(): Promise<string> {
  return renderPage('/', <LandingRoute />);
}

/** The directory's heading, introduction and filters; its list is the app's, once it has data. */
export function renderDirectory(): Promise<string> {
  return renderPage('/directory', <DirectoryRoute />);
}
