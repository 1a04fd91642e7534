import { Notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createQueryClient } from '@/lib/query-client';
import { session } from '@/lib/session';
import { aCompany, aMatch, aMember, aPage } from '@/testing/msw/fixtures';
import { matchesApi, never } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiError, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders, testQueryClient } from '@/testing/render';
import { DashboardRoute, prefetchFirstData } from './dashboard';

/** The Matches page as the app composes it: the matches feature with "Request contact". */
const BAKU = aCompany({ id: 'cccccccc-0000-4000-8000-00000000000b', name: 'Baku Cotton LLC' });
const GANJA = aCompany({ id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Ganja Silk' });
const MATCHES = [
  aMatch(BAKU, { score: 91, mutual: true }),
  aMatch(GANJA, {
    score: 64,
    reasons: [{ code: 'common_language', params: { languages: ['en', 'ru'] } }],
  }),
];

function renderMatches(queryClient?: QueryClient) {
  return renderWithProviders(
    <>
      <Notifications />
      <DashboardRoute />
    </>,
    { queryClient },
  );
}

const cardOf = async (name: string) =>
  (await screen.findByText(name)).closest<HTMLElement>('[data-testid="match-card"]')!;

const feedbackSent = () =>
  answeredRequests()
    .filter((request) => request.method === 'POST')
    .map(
      (request) => `${request.url.split('/')[3]} ${(request.body as { action: string }).action}`,
    );

describe('Matches page', () => {
  beforeEach(() => session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' }));
  afterEach(() => session.signOut());

  it('says it is looking while the matches are on their way', async () => {
    server.use(apiHttp.get('/api/matches', never));
    renderMatches();
    expect(await screen.findByText('Finding your best partners…')).toBeTruthy();
    expect(screen.queryAllByTestId('match-card')).toHaveLength(0);
  });

  describe('its first answers, asked for before the first render (lib/first-data)', () => {
    it('are the ones the page shows: its first render has the cards, and asks nothing again', async () => {
      server.use(
        ...matchesApi(MATCHES, { saved: [BAKU.id] }).handlers,
        apiHttp.get('/api/companies/{id}', () => json(aCompany({ id: aMember().companyId! }))),
        apiHttp.get('/api/opportunities/for-me', () => json({ items: [] })),
      );
      const firstAnswers = () =>
        answeredRequests().filter((request) =>
          /\/api\/(matches|companies\/|opportunities\/for-me)/.test(request.url),
        );
      // The app's client: its answers stay fresh for a while, so the page does not ask again.
      const queryClient = createQueryClient();
      const started = prefetchFirstData(queryClient, aMember(), new URLSearchParams());
      expect(started).toHaveLength(4);

      await Promise.all(started);
      expect(firstAnswers()).toHaveLength(4);

      renderMatches(queryClient);
      // Synchronously, in the first render: no loading state in between.
      expect(screen.getAllByTestId('match-card')).toHaveLength(2);
      expect(screen.queryByText('Finding your best partners…')).toBeNull();
      expect(screen.getByTestId('opportunities-for-me')).toBeTruthy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(firstAnswers()).toHaveLength(4);
    });

    it('are not guessed for a filtered or saved view, nor for a member without a firm', () => {
      const queryClient = testQueryClient();
      for (const search of ['tab=saved', 'sector=textiles']) {
        expect(prefetchFirstData(queryClient, aMember(), new URLSearchParams(search))).toEqual([]);
      }
      expect(
        prefetchFirstData(queryClient, { ...aMember(), companyId: null }, new URLSearchParams()),
      ).toEqual([]);
    });
  });

  it('draws the first screen of cards in its first render, the rest a frame later', async () => {
    const many = Array.from({ length: 9 }, (_, index) =>
      aMatch(
        aCompany({
          id: `cccccccc-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`,
          name: `Firm ${index}`,
        }),
        { score: 90 - index },
      ),
    );
    server.use(
      ...matchesApi(many).handlers,
      apiHttp.get('/api/companies/{id}', () => json(aCompany({ id: aMember().companyId! }))),
      apiHttp.get('/api/opportunities/for-me', () => json({ items: [] })),
    );
    const queryClient = createQueryClient();
    await Promise.all(prefetchFirstData(queryClient, aMember(), new URLSearchParams()));
    renderMatches(queryClient);
    expect(screen.getAllByTestId('match-card')).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByTestId('match-card')).toHaveLength(9));
  });

  it('says how to get matches when there are none', async () => {
    server.use(...matchesApi([]).handlers);
    renderMatches();
    expect(await screen.findByText('No matches yet')).toBeTruthy();
    expect(screen.getByText(/Add the products you offer and seek/)).toBeTruthy();
  });

  it('shows an error with a retry that loads the matches', async () => {
    let failing = true;
    server.use(apiHttp.get('/api/matches', () => (failing ? apiError(500) : json(aPage(MATCHES)))));
    renderMatches();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    failing = false;
    await userEvent.setup().click(within(alert).getByText('Try again'));
    expect(await screen.findAllByTestId('match-card')).toHaveLength(2);
  });

  it('lists each match with its score, why it fits, and a mutual badge', async () => {
    server.use(...matchesApi(MATCHES).handlers);
    renderMatches();
    const baku = await cardOf('Baku Cotton LLC');
    expect(within(baku).getByTestId('match-score').textContent).toBe('91');
    expect(within(baku).getByTestId('mutual-badge')).toBeTruthy();
    expect(within(baku).getByTestId('match-reasons').textContent).toContain('Textiles');
    const ganja = await cardOf('Ganja Silk');
    expect(within(ganja).getByTestId('match-score').textContent).toBe('64');
    expect(within(ganja).queryByTestId('mutual-badge')).toBeNull();
    expect(within(ganja).getByTestId('match-reasons').textContent).toMatch(/English.*Russian/);
  });

  it('saves a match, and un-saves it', async () => {
    const typing = userEvent.setup();
    server.use(...matchesApi(MATCHES).handlers);
    renderMatches();
    const baku = await cardOf('Baku Cotton LLC');
    await typing.click(within(baku).getByText('Save'));
    await waitFor(() => expect(within(baku).getByText('Saved ✓')).toBeTruthy());
    expect(within(baku).getByText('Saved ✓').closest('button')?.getAttribute('aria-pressed')).toBe(
      'true',
    );
    await typing.click(within(baku).getByText('Saved ✓'));
    await waitFor(() => expect(within(baku).getByText('Save')).toBeTruthy());
    expect(feedbackSent()).toEqual([`${BAKU.id} save`, `${BAKU.id} undo`]);
  });

  it('dismisses a match at once, and undo brings it back', async () => {
    const typing = userEvent.setup();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(...matchesApi(MATCHES, { beforeFeedback: () => answered }).handlers);
    renderMatches();
    const ganja = await cardOf('Ganja Silk');
    await typing.click(within(ganja).getByText('Not interested'));
    // Gone before the server has answered.
    await waitFor(() => expect(screen.queryByText('Ganja Silk')).toBeNull());
    expect(screen.getAllByTestId('match-card')).toHaveLength(1);
    answer();
    expect(await screen.findByText('Ganja Silk will not be suggested again.')).toBeTruthy();

    await typing.click(screen.getByText('Undo'));
    expect(await cardOf('Ganja Silk')).toBeTruthy();
    expect(feedbackSent()).toEqual([`${GANJA.id} dismiss`, `${GANJA.id} undo`]);
  });

  it('requests contact with a note from a match card', async () => {
    const typing = userEvent.setup();
    server.use(
      ...matchesApi(MATCHES).handlers,
      apiHttp.post('/api/contact-requests', ({ body }) =>
        json({ id: 'eeeeeeee-0000-4000-8000-000000000009', ...body }, 201),
      ),
    );
    renderMatches();
    const baku = await cardOf('Baku Cotton LLC');
    await typing.click(within(baku).getByText('Request contact'));
    await typing.type(await screen.findByLabelText('Your message'), 'We sell towels.');
    await typing.click(screen.getByText('Send request'));
    expect((await within(baku).findByTestId('request-sent')).textContent).toContain(
      'Your request was sent to Baku Cotton LLC.',
    );
    const request = answeredRequests().find((item) => item.url === '/api/contact-requests');
    expect(request?.body).toEqual({ toCompanyId: BAKU.id, message: 'We sell towels.' });
  });
});
