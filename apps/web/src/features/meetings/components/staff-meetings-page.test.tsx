import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { installFakeSocket } from '@/testing/fake-socket';
import { aMeetingRequest, meetingsApi, VISIT_ID, VISITOR_B } from '@/testing/msw/meetings-handlers';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { StaffMeetingsPage } from './staff-meetings-page';

describe('Staff: a visit’s meetings', () => {
  it('saves a new programme with times on the venue’s clock (Baku, +04:00)', async () => {
    installFakeSocket();
    const api = meetingsApi({ programme: null });
    server.use(...api.handlers);
    const user = userEvent.setup();
    renderWithProviders(<StaffMeetingsPage delegationId={VISIT_ID} />);

    await user.type(await screen.findByTestId('venue'), 'Baku Expo Centre');
    await user.type(screen.getByTestId('session-0-date'), '2030-01-28');
    await user.type(screen.getByTestId('deadline-date'), '2030-01-20');
    await user.click(screen.getByTestId('save-programme'));

    await waitFor(() => expect(api.sent).toHaveLength(1));
    expect(api.sent[0]).toEqual({
      method: 'PUT',
      path: 'programme',
      body: {
        venue: 'Baku Expo Centre',
        venueMaxTables: 20,
        slotMinutes: 30,
        breakMinutes: 0,
        tables: ['A1', 'A2', 'A3', 'A4'],
        sessions: [{ startsAt: '2030-01-28T09:00:00+04:00', endsAt: '2030-01-28T12:00:00+04:00' }],
        requestDeadline: '2030-01-20T18:00:00+04:00',
        quotaPerFirm: 10,
      },
    });
  });

  it('runs the schedule, shows the hall grid and publishes', async () => {
    installFakeSocket();
    const api = meetingsApi({
      requests: [
        aMeetingRequest({ status: 'accepted' }),
        aMeetingRequest({
          id: 'eeeeeeee-0000-4000-8000-00000000a002',
          requester: VISITOR_B,
          status: 'accepted',
        }),
      ],
    });
    server.use(...api.handlers);
    const user = userEvent.setup();
    renderWithProviders(<StaffMeetingsPage delegationId={VISIT_ID} />);

    await user.click(await screen.findByTestId('tab-schedule'));
    expect(await screen.findByText('No meeting is scheduled yet.')).toBeTruthy();
    await user.click(screen.getByTestId('run-schedule'));
    expect((await screen.findByTestId('run-result')).textContent).toContain('2 meetings placed');
    const grid = await screen.findByTestId('hall-grid');
    expect(within(grid).getAllByTestId('grid-cell')).toHaveLength(2);
    expect(grid.textContent).toContain(VISITOR_B.name);

    await user.click(screen.getByTestId('publish-schedule'));
    await waitFor(() =>
      expect(screen.getByTestId('schedule-status').textContent).toBe('Published'),
    );
    expect(api.sent.map((call) => call.path)).toEqual(['schedule/run', 'schedule/publish']);
  });

  it('draws the funnel of the visit in the report', async () => {
    installFakeSocket();
    server.use(...meetingsApi().handlers);
    const user = userEvent.setup();
    renderWithProviders(<StaffMeetingsPage delegationId={VISIT_ID} />);
    await user.click(await screen.findByRole('tab', { name: 'Report' }));
    const funnel = await screen.findByTestId('meetings-funnel');
    expect(within(funnel).getByTestId('stat-requested').textContent).toBe('4');
    expect(within(funnel).getByTestId('stat-held').textContent).toBe('1');
    expect(within(funnel).getByTestId('stat-followUp').textContent).toBe('1');
  });
});
