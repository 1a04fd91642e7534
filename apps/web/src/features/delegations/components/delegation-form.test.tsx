import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-error';
import { renderWithProviders } from '@/testing/render';
import { DelegationForm } from './delegation-form';

describe('DelegationForm', () => {
  it('checks every field before sending, as the API would', async () => {
    const typing = userEvent.setup();
    const onSubmit = vi.fn();
    renderWithProviders(
      <DelegationForm submitLabel="Create" pending={false} error={null} onSubmit={onSubmit} />,
    );
    await typing.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getAllByText('This field is required').length).toBeGreaterThanOrEqual(5);
    expect(onSubmit).not.toHaveBeenCalled();

    await typing.type(screen.getByLabelText(/^Title/), 'Textile buyers to Baku');
    await typing.click(screen.getByLabelText('Pakistan → Azerbaijan'));
    expect(screen.getByText('A city in Azerbaijan')).toBeTruthy();
    await typing.type(screen.getByLabelText(/^Host city/), 'Baku');
    fireEvent.change(screen.getByLabelText(/^First day/), { target: { value: '2027-04-12' } });
    fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: '2027-04-10' } });
    await typing.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('The last day cannot be before the first day')).toBeTruthy();
    expect(screen.getByText('Choose at least 1 item')).toBeTruthy();
    expect(screen.getAllByText('This field is required')).toHaveLength(1); // capacity
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText(/^Last day/), { target: { value: '2027-04-16' } });
    await typing.type(screen.getByLabelText(/^Capacity/), '25');
    await typing.click(screen.getByLabelText('Textiles and home textiles'));
    await typing.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toEqual({
      title: 'Textile buyers to Baku',
      direction: 'PK_TO_AZ',
      hostCity: 'Baku',
      startsOn: '2027-04-12',
      endsOn: '2027-04-16',
      sectors: ['textiles'],
      capacity: 25,
    });
  });

  it('puts the API’s field errors back on their fields, and says a conflict in words', async () => {
    const first = renderWithProviders(
      <DelegationForm
        submitLabel="Create"
        pending={false}
        error={
          new ApiError(400, {
            statusCode: 400,
            error: 'Bad Request',
            message: [{ field: 'title', messages: ['title must be at least 3 characters'] }],
          })
        }
        onSubmit={vi.fn()}
      />,
    );
    await waitFor(() => expect(screen.getByText('Use at least 3 characters')).toBeTruthy());
    first.unmount();

    renderWithProviders(
      <DelegationForm
        submitLabel="Create"
        pending={false}
        error={
          new ApiError(409, {
            statusCode: 409,
            error: 'Conflict',
            message: 'capacity cannot go below the 4 seats already promised',
            code: 'capacity_below_seats',
          })
        }
        onSubmit={vi.fn()}
      />,
    );
    expect(
      await screen.findByText(/The capacity cannot go below the seats already promised/),
    ).toBeTruthy();
  });
});
