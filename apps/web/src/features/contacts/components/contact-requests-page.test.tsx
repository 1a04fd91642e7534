import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';

import { aCompany, aContactRequest, MY_COMPANY } from '@/testing/msw/fixtures';
import { contactRequestsApi, never } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { apiError, apiHttp } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { ContactRequestsPage } from './contact-requests-page';

const FROM_BAKU = aContactRequest({
  id: 'eeeeeeee-0000-4000-8000-0000000000b1',
  fromCompany: aCompany({ name: 'Baku Cotton LLC' }),
  message: 'We would like to buy yarn.',
});
const FROM_GANJA = aContactRequest({
  id: 'eeeeeeee-0000-4000-8000-0000000000c1',
  fromCompany: aCompany({ id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Ganja Silk' }),
  message: 'Silk for your looms?',
});
const TO_SUMQAYIT = aContactRequest({
  id: 'eeeeeeee-0000-4000-8000-0000000000d1',
  fromCompany: MY_COMPANY,
  toCompany: aCompany({ id: 'cccccccc-0000-4000-8000-00000000000d', name: 'Sumqayit Dyes' }),
  message: 'Do you sell indigo?',
});

function ConversationStub() {
  const { conversationId } = useParams();
  return <p data-testid="opened-conversation">{conversationId}</p>;
}

function renderContacts(route = '/contacts') {
  return renderWithProviders(
    <Routes>
      <Route path="/contacts" element={<ContactRequestsPage />} />
      <Route path="/messages/:conversationId" element={<ConversationStub />} />
    </Routes>,
    { route },
  );
}

const cardOf = async (name: string) =>
  (await screen.findByText(name)).closest<HTMLElement>('[data-testid="contact-request"]')!;

describe('Contact requests page', () => {
  it('shows a loading state while the requests are on their way', async () => {
    server.use(apiHttp.get('/api/contact-requests', never));
    renderContacts();
    expect(await screen.findByText('Loading…')).toBeTruthy();
    expect(screen.queryAllByTestId('contact-request')).toHaveLength(0);
  });

  it('says so when no request came in, and when none went out', async () => {
    server.use(...contactRequestsApi({ in: [], out: [] }).handlers);
    renderContacts();
    expect(await screen.findByText('No requests received yet')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Sent' }));
    expect(await screen.findByText('You have not sent any requests')).toBeTruthy();
  });

  it('shows an error when the requests cannot be loaded', async () => {
    server.use(apiHttp.get('/api/contact-requests', () => apiError(500)));
    renderContacts();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
    expect(within(alert).getByText('Try again')).toBeTruthy();
  });

  it('lists received requests with their note and status, and sent ones on their tab', async () => {
    server.use(...contactRequestsApi({ in: [FROM_BAKU, FROM_GANJA], out: [TO_SUMQAYIT] }).handlers);
    renderContacts();
    const baku = await cardOf('Baku Cotton LLC');
    expect(baku.textContent).toContain('We would like to buy yarn.');
    expect(within(baku).getByText('Waiting')).toBeTruthy();
    expect(within(baku).getByText('Accept')).toBeTruthy();
    expect(within(baku).getByText('Decline')).toBeTruthy();
    expect(screen.getAllByTestId('contact-request')).toHaveLength(2);

    await userEvent.setup().click(screen.getByRole('tab', { name: 'Sent' }));
    const sumqayit = await cardOf('Sumqayit Dyes');
    expect(sumqayit.textContent).toContain('Do you sell indigo?');
    // The firm that sent a request cannot accept it.
    expect(within(sumqayit).queryByText('Accept')).toBeNull();
  });

  it('accepts a request and opens the new conversation', async () => {
    const api = contactRequestsApi({ in: [FROM_BAKU, FROM_GANJA] });
    server.use(...api.handlers);
    renderContacts();
    const baku = await cardOf('Baku Cotton LLC');
    await userEvent.setup().click(within(baku).getByText('Accept'));
    expect((await screen.findByTestId('opened-conversation')).textContent).toBe(
      'ffffffff-0000-4000-8000-0000000000b1',
    );
    expect(api.decided).toEqual([{ id: FROM_BAKU.id, decision: 'accept' }]);
  });

  it('declines a request: it shows as declined, with nothing left to answer', async () => {
    const api = contactRequestsApi({ in: [FROM_BAKU, FROM_GANJA] });
    server.use(...api.handlers);
    renderContacts();
    const ganja = await cardOf('Ganja Silk');
    await userEvent.setup().click(within(ganja).getByText('Decline'));
    await waitFor(() => expect(within(ganja).getByText('Declined')).toBeTruthy());
    expect(within(ganja).queryByText('Accept')).toBeNull();
    expect(within(ganja).queryByText('Decline')).toBeNull();
    expect(api.decided).toEqual([{ id: FROM_GANJA.id, decision: 'decline' }]);
    // The other request is still waiting for an answer.
    expect(within(await cardOf('Baku Cotton LLC')).getByText('Accept')).toBeTruthy();
  });

  it('says when an answer could not be saved', async () => {
    // server.use puts the first handler first: the failing decline wins over the shared one.
    server.use(
      apiHttp.post('/api/contact-requests/{id}/decline', () => apiError(500)),
      ...contactRequestsApi({ in: [FROM_BAKU] }).handlers,
    );
    renderContacts();
    const baku = await cardOf('Baku Cotton LLC');
    await userEvent.setup().click(within(baku).getByText('Decline'));
    expect((await within(baku).findByRole('alert')).textContent).toContain(
      'Something went wrong on our side',
    );
  });
});
