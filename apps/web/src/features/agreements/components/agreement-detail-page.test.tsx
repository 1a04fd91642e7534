import type { AgreementResponse } from '@jcc/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { AgreementDetailPage } from './agreement-detail-page';

const ID = '44444444-4444-4444-8444-444444444444';
const COMMITMENT = '55555555-5555-4555-8555-555555555555';

const agreement: AgreementResponse = {
  id: ID,
  title: 'Match balls for Ganja',
  kind: 'mou',
  summary: '',
  bilateral: true,
  sectors: ['sports_goods'],
  signedOn: '2026-03-01',
  source: { kind: 'conversation', refId: '66666666-6666-4666-8666-666666666666' },
  documents: [{ kind: 'link', url: 'https://example.com/mou.pdf' }],
  responsibleStaffUserId: null,
  parties: [
    { id: 'p1', companyId: 'c1', name: 'Sialkot Balls', country: 'PK' },
    { id: 'p2', companyId: 'c2', name: 'Gəncə İdman', country: 'AZ' },
  ],
  commitments: [
    {
      id: COMMITMENT,
      ownerPartyId: 'p1',
      title: 'Ship 2,000 balls',
      kind: 'first_shipment',
      dueOn: '2026-05-01',
      status: 'open',
      notes: '',
      overdue: true,
      updatedAt: '2026-03-01T00:00:00Z',
    },
  ],
  history: [],
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
};

describe('AgreementDetailPage', () => {
  it('shows commitments and moves one to done with a note, which joins the history', async () => {
    const user = userEvent.setup();
    server.use(
      apiHttp.get('/api/agreements/{id}', () => json(agreement)),
      apiHttp.post('/api/agreements/{id}/updates', ({ body }) =>
        json(
          {
            ...agreement,
            commitments: [{ ...agreement.commitments[0], status: 'done', overdue: false }],
            history: [
              {
                id: 'h1',
                commitmentId: COMMITMENT,
                fromStatus: 'open',
                toStatus: body.status ?? null,
                note: body.note,
                authorUserId: 'u1',
                authorName: 'Aysel',
                authorCompanyId: 'c2',
                createdAt: '2026-05-02T10:00:00Z',
              },
            ],
          },
          201,
        ),
      ),
    );
    renderWithProviders(<AgreementDetailPage agreementId={ID} />);
    const commitment = await screen.findByTestId('commitment');
    expect(within(commitment).getByText('Ship 2,000 balls')).toBeTruthy();
    expect(within(commitment).getByText('Overdue')).toBeTruthy();
    expect(within(commitment).getByText('First shipment')).toBeTruthy();
    expect(screen.getByText('No updates yet.')).toBeTruthy();

    // A note alone is required before anything is sent.
    await user.click(screen.getByTestId('update-submit'));
    expect(await screen.findByText('Required')).toBeTruthy();

    await user.click(screen.getByTestId('update-commitment'));
    await user.click(await screen.findByRole('option', { name: 'Ship 2,000 balls', hidden: true }));
    await user.click(screen.getByTestId('update-status'));
    await user.click(await screen.findByRole('option', { name: 'Done', hidden: true }));
    await user.type(screen.getByTestId('update-note'), 'Arrived in Ganja');
    await user.click(screen.getByTestId('update-submit'));

    expect(await within(screen.getByTestId('history')).findByText('Arrived in Ganja')).toBeTruthy();
    expect(within(screen.getByTestId('commitment')).getByText('Done')).toBeTruthy();
    expect(answeredRequests().filter((request) => request.method === 'POST')).toEqual([
      {
        method: 'POST',
        url: `/api/agreements/${ID}/updates`,
        body: { note: 'Arrived in Ganja', commitmentId: COMMITMENT, status: 'done' },
      },
    ]);
  });
});
