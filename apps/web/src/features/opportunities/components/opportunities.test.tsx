import type { OpportunityResponse } from '@jcc/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aCompany, aMember, aPage } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { BoardPage } from './board-page';
import { EditOpportunityPage } from './edit-opportunity-page';
import { MyOpportunitiesPage } from './my-opportunities-page';
import { OpportunityDetailPage } from './opportunity-detail-page';

const ID = 'dddddddd-0000-4000-8000-000000000001';

function anOpportunity(overrides: Partial<OpportunityResponse> = {}): OpportunityResponse {
  return {
    id: ID,
    kind: 'business_request',
    title: 'Cotton yarn wanted in Baku',
    summary: 'A Baku weaver looks for 20 tonnes of combed cotton yarn a month.',
    sectors: ['textiles'],
    hsChapters: ['52'],
    country: 'AZ',
    deadline: '2027-03-31',
    status: 'published',
    company: aCompany({ name: 'Baku Weavers LLC' }),
    refusalReason: null,
    publishedAt: '2026-12-01T10:00:00.000Z',
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    interestCount: null,
    interested: false,
    ...overrides,
  };
}

describe('opportunities board', () => {
  beforeEach(() => session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' }));
  afterEach(() => session.signOut());

  it('shows cards and sends the filters the person picks', async () => {
    server.use(apiHttp.get('/api/opportunities', () => json(aPage([anOpportunity()]))));
    renderWithProviders(<BoardPage />, { route: '/opportunities' });
    const card = await screen.findByTestId('opportunity-card');
    expect(within(card).getByText('Cotton yarn wanted in Baku')).toBeTruthy();
    expect(within(card).getByText('Business request')).toBeTruthy();
    await userEvent.setup().selectOptions(screen.getByLabelText('Type'), 'technology_offer');
    expect(answeredRequests().some((call) => call.url.includes('kind=technology_offer'))).toBe(
      true,
    );
  });

  it('expresses interest with a message, and explains a refusal by its code', async () => {
    server.use(
      apiHttp.get('/api/opportunities/{id}', () => json(anOpportunity())),
      apiHttp.post('/api/opportunities/{id}/interest', () =>
        Response.json(
          {
            statusCode: 403,
            error: 'Forbidden',
            message: 'Other country only',
            code: 'wrong_country',
          },
          { status: 403 },
        ),
      ),
    );
    renderWithProviders(
      <Routes>
        <Route path="/opportunities/:id" element={<OpportunityDetailPage id={ID} />} />
      </Routes>,
      { route: `/opportunities/${ID}` },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Express interest' }));
    await user.type(await screen.findByLabelText(/Your message/), 'We can supply 20 tonnes.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByText('Opportunities are answered by firms of the other country.'),
    ).toBeTruthy();
    expect(answeredRequests().find((call) => call.method === 'POST')?.body).toEqual({
      message: 'We can supply 20 tonnes.',
    });
  });

  it('"my opportunities" shows each state and staff\'s reason for a refusal', async () => {
    server.use(
      apiHttp.get('/api/opportunities/mine', () =>
        json(
          aPage([
            anOpportunity({
              status: 'refused',
              refusalReason: 'Name a price range',
              interestCount: 0,
            }),
          ]),
        ),
      ),
    );
    renderWithProviders(<MyOpportunitiesPage />);
    expect(await screen.findByText('Reason: Name a price range')).toBeTruthy();
    expect(screen.getByTestId('opportunity-status').textContent).toBe('Refused');
    expect(screen.getByRole('button', { name: 'Send for review' })).toBeTruthy();
  });

  it('editing a refused one saves the change, then sends it for review again', async () => {
    const refused = anOpportunity({ status: 'refused', refusalReason: 'Name a price range' });
    server.use(
      apiHttp.get('/api/opportunities/{id}', () => json(refused)),
      apiHttp.patch('/api/opportunities/{id}', ({ body }) =>
        json({ ...refused, ...body, status: 'draft' }),
      ),
      apiHttp.post('/api/opportunities/{id}/submit', () =>
        json({ ...refused, status: 'submitted', refusalReason: null }),
      ),
    );
    renderWithProviders(
      <Routes>
        <Route path="/opportunities/:id/edit" element={<EditOpportunityPage id={ID} />} />
        <Route path="/opportunities/mine" element={<p>mine</p>} />
      </Routes>,
      { route: `/opportunities/${ID}/edit` },
    );
    const user = userEvent.setup();
    const summary = await screen.findByLabelText(/Description/);
    await user.clear(summary);
    await user.click(summary);
    await user.paste('Combed cotton yarn, USD 3.10–3.40 a kilo, 20 tonnes a month.');
    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    await screen.findByText('mine');
    const calls = answeredRequests().filter((call) => call.method !== 'GET');
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `PATCH /api/opportunities/${ID}`,
      `POST /api/opportunities/${ID}/submit`,
    ]);
    expect(calls[0].body).toMatchObject({
      summary: 'Combed cotton yarn, USD 3.10–3.40 a kilo, 20 tonnes a month.',
    });
  });
});
