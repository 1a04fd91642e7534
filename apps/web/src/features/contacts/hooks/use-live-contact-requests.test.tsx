import type { ContactRequestResponse } from '@jcc/contracts';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { aContactRequest, aPage } from '@/testing/msw/fixtures';
import { installFakeSocket } from '@/testing/fake-socket';

import { server } from '@/testing/msw/server';
import { apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { usePendingRequestCount } from '../api/get-contact-requests';
import { useLiveContactRequests } from './use-live-contact-requests';

function Count() {
  const count = usePendingRequestCount(true);
  useLiveContactRequests(true);
  return <p data-testid="count">{count}</p>;
}

describe('useLiveContactRequests', () => {
  it('reads the requests again when the server says one changed, so the count follows', async () => {
    const socket = installFakeSocket();
    let inbox: ContactRequestResponse[] = [];
    server.use(apiHttp.get('/api/contact-requests', () => json(aPage(inbox))));
    renderWithProviders(<Count />);
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('0'));

    // Waiting for an answer for two more weeks (the fixture's own date is long past).
    const request = aContactRequest({
      expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    });
    inbox = [request];
    socket.serverSends('contact-request:changed', {
      requestId: request.id,
      fromCompanyId: request.fromCompany.id,
      toCompanyId: request.toCompany.id,
      status: 'pending',
    });
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('1'));

    inbox = [{ ...request, status: 'accepted' }];
    socket.serverSends('contact-request:changed', {
      requestId: request.id,
      fromCompanyId: request.fromCompany.id,
      toCompanyId: request.toCompany.id,
      status: 'accepted',
    });
    await waitFor(() => expect(screen.getByTestId('count').textContent).toBe('0'));
  });
});
