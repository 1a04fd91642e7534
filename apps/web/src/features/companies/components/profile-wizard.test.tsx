import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { ProfileWizard } from './profile-wizard';

describe('ProfileWizard', () => {
  it('does not move on while a step has errors, and says what the API would say', async () => {
    const typing = userEvent.setup();
    renderWithProviders(<ProfileWizard onCreated={vi.fn()} />);
    await typing.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText('This field is required').length).toBeGreaterThanOrEqual(4);
    expect(screen.getByLabelText(/Company name/)).toBeTruthy();

    await typing.click(screen.getByLabelText('Pakistan'));
    await typing.type(screen.getByLabelText(/Registration number \(NTN\)/), '12345');
    await typing.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Enter the NTN like 1234567-8')).toBeTruthy();
  });

  it('walks the five steps, sends the profile, and puts a server-side error back on its field', async () => {
    const typing = userEvent.setup();
    server.use(
      apiHttp.post('/api/companies', () =>
        json(
          {
            statusCode: 400,
            error: 'Bad Request',
            message: [{ field: 'city', messages: ['city must be at least 2 characters'] }],
          },
          400,
        ),
      ),
    );
    renderWithProviders(<ProfileWizard onCreated={vi.fn()} />);

    await typing.type(screen.getByLabelText(/Company name/), 'Crescent Sports');
    await typing.click(screen.getByLabelText('Pakistan'));
    await typing.type(screen.getByLabelText(/City/), 'Sialkot');
    await typing.selectOptions(screen.getByLabelText(/Company size/), 'medium');
    await typing.click(screen.getByRole('button', { name: 'Next' }));

    await typing.click(await screen.findByLabelText('Sports goods'));
    await typing.click(screen.getByRole('button', { name: 'Next' }));

    expect((await screen.findAllByLabelText('Products you offer')).length).toBeGreaterThan(0);
    await typing.click(screen.getByRole('button', { name: 'Next' }));

    await typing.click(await screen.findByLabelText('Export'));
    await typing.click(screen.getByLabelText('English'));
    await typing.click(screen.getByRole('button', { name: 'Next' }));

    await typing.type(await screen.findByLabelText('Description'), 'Footballs for export.');
    await typing.click(screen.getByRole('button', { name: 'Create my profile' }));

    await waitFor(() => expect(answeredRequests()).toHaveLength(1));
    expect(answeredRequests()[0].body).toMatchObject({
      name: 'Crescent Sports',
      country: 'PK',
      city: 'Sialkot',
      sizeBand: 'medium',
      sectors: ['sports_goods'],
      partnershipTypes: ['export'],
      languages: ['en'],
      description: 'Footballs for export.',
    });
    // Back on step 1, with the API's message in words.
    expect(await screen.findByText('Use at least 2 characters')).toBeTruthy();
    expect(screen.getByLabelText(/City/)).toBeTruthy();
  });
});
