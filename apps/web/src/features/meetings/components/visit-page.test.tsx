import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { installFakeSocket } from '@/testing/fake-socket';
import { MY_COMPANY_ID } from '@/testing/msw/fixtures';
import {
  aMeetingRequest,
  aProgramme,
  meetingsApi,
  VISIT_ID,
  VISITOR_A,
  VISITOR_B,
} from '@/testing/msw/meetings-handlers';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { VisitPage } from './visit-page';

const renderVisit = () =>
  renderWithProviders(<VisitPage delegationId={VISIT_ID} myCompanyId={MY_COMPANY_ID} />);

describe('A visit for a host firm', () => {
  it('shows the match score and reasons beside a request and accepts it', async () => {
    installFakeSocket();
    const api = meetingsApi({ requests: [aMeetingRequest()] });
    server.use(...api.handlers);
    renderVisit();

    const card = await screen.findByTestId('meeting-request');
    expect(within(card).getByText(VISITOR_A.name)).toBeTruthy();
    expect(within(card).getByText('Match 77')).toBeTruthy();
    expect(within(card).getByTestId('match').textContent).toContain('Textiles');
    expect(within(card).getByText('Priority 4 of 5')).toBeTruthy();

    await userEvent.setup().click(within(card).getByTestId('accept'));
    await waitFor(() =>
      expect(screen.getByTestId('meeting-request').getAttribute('data-status')).toBe('accepted'),
    );
    expect(api.sent).toEqual([
      {
        method: 'PATCH',
        path: `meeting-requests/${aMeetingRequest().id}`,
        body: { decision: 'accept' },
      },
    ]);
  });

  it('sends a request with a note and a priority to a visiting firm not yet asked', async () => {
    installFakeSocket();
    const api = meetingsApi({ requests: [aMeetingRequest()] });
    server.use(...api.handlers);
    const user = userEvent.setup();
    renderVisit();

    // VISITOR_A already asked us: only VISITOR_B is offered.
    const target = await screen.findByTestId('request-target');
    expect(within(target).queryByRole('option', { name: VISITOR_A.name })).toBeNull();
    await user.selectOptions(target, VISITOR_B.id);
    await user.type(screen.getByRole('textbox', { name: /Note/ }), 'Denim fabric');
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.click(screen.getByTestId('send-request'));

    await waitFor(() => expect(screen.getByText('1 request sent')).toBeTruthy());
    expect(api.sent).toEqual([
      {
        method: 'POST',
        path: 'meeting-requests',
        body: { targetCompanyId: VISITOR_B.id, note: 'Denim fabric', priority: 5 },
      },
    ]);
  });

  it('updates live when a request arrives over the socket', async () => {
    const socket = installFakeSocket();
    const api = meetingsApi();
    server.use(...api.handlers);
    renderVisit();
    expect(await screen.findByText('0 requests to you')).toBeTruthy();

    // Another firm asks us (the server's state changes), then the event arrives.
    api.state.requests = [aMeetingRequest({ requester: VISITOR_B })];
    socket.serverSends('meeting:request', {
      delegationId: VISIT_ID,
      requestId: aMeetingRequest().id,
      status: 'pending',
      requesterCompanyId: VISITOR_B.id,
      targetCompanyId: MY_COMPANY_ID,
    });
    expect(await screen.findByText('1 request to you')).toBeTruthy();
    expect(screen.getByTestId('meeting-request').textContent).toContain(VISITOR_B.name);
  });

  it('marks sessions the firm cannot attend', async () => {
    installFakeSocket();
    const api = meetingsApi();
    server.use(...api.handlers);
    const user = userEvent.setup();
    renderVisit();
    await user.click(await screen.findByRole('tab', { name: 'Availability' }));
    await user.click(await screen.findByRole('checkbox'));
    await user.click(screen.getByTestId('save-availability'));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(api.sent).toEqual([
      { method: 'PUT', path: 'unavailability', body: { sessionIds: ['s1'] } },
    ]);
  });

  it('shows the agenda with the table and both clocks once published', async () => {
    installFakeSocket();
    const programme = aProgramme({ scheduleStatus: 'published' });
    const slot = programme.slots[1];
    server.use(
      ...meetingsApi({
        programme,
        requests: [
          aMeetingRequest({
            status: 'accepted',
            slot: { id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt },
            table: 'A2',
          }),
        ],
      }).handlers,
    );
    const user = userEvent.setup();
    renderVisit();
    await user.click(await screen.findByRole('tab', { name: 'My agenda' }));
    const item = await screen.findByTestId('agenda-item');
    expect(within(item).getByText('Table A2')).toBeTruthy();
    expect(within(item).getByTestId('agenda-counterpart').textContent).toBe(VISITOR_A.name);
    expect(within(item).getByTestId('dual-clock').textContent).toMatch(/PKT\s*10:30\D*–11:00/);
    expect(within(item).getByTestId('dual-clock').textContent).toMatch(/AZT\s*0?9:30\D*–10:00/);
    expect(screen.getByTestId('download-agenda.ics')).toBeTruthy();
    expect(screen.getByTestId('download-agenda.pdf')).toBeTruthy();
  });
});
