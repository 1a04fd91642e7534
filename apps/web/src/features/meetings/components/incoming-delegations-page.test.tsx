import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { installFakeSocket } from '@/testing/fake-socket';
import { meetingsApi, VISITOR_B } from '@/testing/msw/meetings-handlers';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { IncomingDelegationsPage } from './incoming-delegations-page';

describe('Incoming delegations page', () => {
  it('shows who comes, the programme on both clocks, and registers the firm to meet them', async () => {
    installFakeSocket();
    const api = meetingsApi();
    api.state.incoming = api.state.incoming.map((visit) => ({ ...visit, myHostStatus: null }));
    server.use(...api.handlers);
    renderWithProviders(<IncomingDelegationsPage />);

    const card = await screen.findByTestId('incoming-visit');
    expect(within(card).getByText('Textiles to Baku')).toBeTruthy();
    expect(within(card).getByText('2 visiting firms')).toBeTruthy();
    expect(within(card).getByTestId('incoming-members').textContent).toContain(VISITOR_B.name);
    // The session 05:00–07:00 UTC is 10:00–12:00 in Pakistan and 09:00–11:00 in Baku.
    const clock = within(card).getAllByTestId('dual-clock')[0];
    expect(clock.textContent).toMatch(/PKT\s*10:00\D*–12:00/);
    expect(clock.textContent).toMatch(/AZT\s*0?9:00\D*–11:00/);
    expect(within(card).getByText('Friday prayer')).toBeTruthy();
    expect(within(card).queryByTestId('open-visit')).toBeNull();

    await userEvent.setup().click(within(card).getByTestId('register-host'));
    expect(await within(card).findByTestId('open-visit')).toBeTruthy();
    expect(within(card).getByText('Registered')).toBeTruthy();
    expect(api.sent).toEqual([{ method: 'POST', path: 'hosts', body: {} }]);
  });

  it('says so when no visit is coming', async () => {
    installFakeSocket();
    server.use(...meetingsApi({ incoming: [] }).handlers);
    renderWithProviders(<IncomingDelegationsPage />);
    expect(
      await screen.findByText('No delegation is coming to your country right now'),
    ).toBeTruthy();
  });
});
