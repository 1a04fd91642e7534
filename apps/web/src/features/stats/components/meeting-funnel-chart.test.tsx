import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { MeetingFunnelChart } from './meeting-funnel-chart';

describe('Meetings on the staff dashboard', () => {
  it('lists each stage from requested to follow-up with its count', () => {
    renderWithProviders(
      <MeetingFunnelChart
        funnel={{ requested: 40, accepted: 31, scheduled: 30, held: 24, followUp: 11, noShow: 3 }}
      />,
    );
    const chart = screen.getByTestId('chart-meetings');
    const rows = within(chart)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Requested40',
      'Accepted31',
      'Scheduled30',
      'Held24',
      'Follow-up wanted11',
      'No-show3',
    ]);
  });
});
