import type { VerificationQueueItem } from '@jcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { aPage } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { VerificationQueuePage } from './verification-queue-page';

function item(
  id: string,
  name: string,
  changes: VerificationQueueItem['changes'],
): VerificationQueueItem {
  return {
    company: {
      id,
      name,
      country: 'PK',
      city: 'Lahore',
      registrationNumber: '1234567-8',
      sectors: ['textiles'],
      offersHs: ['63'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'medium',
      foundedYear: null,
      languages: ['en'],
      website: null,
      description: '',
      certifications: [],
      verification: 'pending',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-02T00:00:00Z',
    },
    pendingSince: '2026-01-02T00:00:00Z',
    lastReview: changes
      ? { status: 'verified', note: null, at: '2025-12-01T00:00:00Z', byUserId: 'u9' }
      : null,
    changes,
  };
}

const QUEUE = [
  item('11111111-1111-4111-8111-111111111111', 'Indus Looms', [
    { field: 'city', before: 'Faisalabad', after: 'Lahore' },
    { field: 'sectors', before: ['leather'], after: ['textiles'] },
  ]),
  item('22222222-2222-4222-8222-222222222222', 'Ravi Cotton', null),
  item('33333333-3333-4333-8333-333333333333', 'Sialkot Balls', null),
];

function stubApi() {
  server.use(
    apiHttp.get('/api/verification-queue', () => json(aPage(QUEUE))),
    apiHttp.post('/api/verification-queue/bulk', ({ body }) =>
      json({
        results: body.companyIds.map((companyId, index) =>
          index === 0
            ? { companyId, ok: true, verification: 'rejected' }
            : {
                companyId,
                ok: false,
                error: { statusCode: 404, code: 'not_found', message: 'Company not found' },
              },
        ),
      }),
    ),
  );
}

const posts = () => answeredRequests().filter((request) => request.method === 'POST');

describe('VerificationQueuePage', () => {
  it('shows what changed since the last review, before and after', async () => {
    stubApi();
    renderWithProviders(<VerificationQueuePage />);
    const changes = await screen.findByTestId('change-list');
    const city = within(changes).getByText('Faisalabad').closest('tr');
    expect(city?.textContent).toContain('Lahore');
    expect(within(changes).getByText('Leather and leather goods')).toBeTruthy();
    expect(screen.getAllByText('New firm')).toHaveLength(2);
  });

  it('selects firms, requires a note to reject them in bulk, and lists those that failed', async () => {
    const typing = userEvent.setup();
    stubApi();
    renderWithProviders(<VerificationQueuePage />);
    await screen.findAllByTestId('queue-item');

    await typing.click(screen.getByLabelText('Select Ravi Cotton'));
    await typing.click(screen.getByLabelText('Select Sialkot Balls'));
    expect(screen.getByTestId('selected-count').textContent).toContain('2 firms selected');

    await typing.click(screen.getByTestId('bulk-reject'));
    await typing.click(await screen.findByTestId('decision-submit'));
    expect(
      await screen.findByText('Write a note: the firm needs to know why it was rejected'),
    ).toBeTruthy();
    expect(posts()).toEqual([]);

    await typing.type(screen.getByTestId('decision-note'), 'Registration number does not match');
    await typing.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0].body).toEqual({
      companyIds: ['22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'],
      status: 'rejected',
      note: 'Registration number does not match',
    });
    const failures = await screen.findByTestId('bulk-failures');
    expect(failures.textContent).toContain('1 firm could not be decided');
    expect(failures.textContent).toContain('Sialkot Balls — Company not found');
  });

  it('select-all ticks every firm shown', async () => {
    const typing = userEvent.setup();
    stubApi();
    renderWithProviders(<VerificationQueuePage />);
    await screen.findAllByTestId('queue-item');
    await typing.click(screen.getByLabelText('Select all shown'));
    expect(screen.getByTestId('selected-count').textContent).toContain('3 firms selected');
    await typing.click(screen.getByLabelText('Select all shown'));
    expect(screen.getByTestId('selected-count').textContent).toContain('0 firms selected');
  });
});
