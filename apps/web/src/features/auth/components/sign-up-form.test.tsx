import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { session } from '@/lib/session';
import { answeredRequests, apiError, apiHttp, json } from '@/testing/msw/typed-http';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { SignUpForm } from './sign-up-form';

const user = {
  id: 'u1',
  email: 'ayesha@crescent.pk',
  fullName: 'Ayesha Khan',
  role: 'member',
  companyId: null,
  locale: 'en',
};

function registerAnswers(response: () => Response) {
  server.use(apiHttp.post('/api/auth/register', response));
}

async function fill(values: { name?: string; email?: string; password?: string }) {
  const typing = userEvent.setup();
  if (values.name) {
    await typing.type(screen.getByLabelText(/Your full name/), values.name);
  }
  if (values.email) {
    await typing.type(screen.getByLabelText(/E-mail/), values.email);
  }
  if (values.password) {
    await typing.type(screen.getByLabelText(/^Password/), values.password);
  }
  await typing.click(screen.getByRole('button', { name: 'Create my account' }));
}

describe('SignUpForm', () => {
  afterEach(() => session.signOut());

  it('checks the fields as the API does before sending anything', async () => {
    registerAnswers(() => json({}));
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill({ name: 'A', email: 'not-an-email', password: 'short' });
    expect(await screen.findByText('Use at least 2 characters')).toBeTruthy();
    expect(screen.getByText('Enter a valid e-mail address, e.g. name@company.com')).toBeTruthy();
    expect(screen.getByText('Use at least 10 characters')).toBeTruthy();
    expect(answeredRequests()).toEqual([]);
  });

  it('creates the account in the current language and signs the user in', async () => {
    registerAnswers(() => json({ user, accessToken: 'a', refreshToken: 'r' }, 201));
    const onSignedUp = vi.fn();
    renderWithProviders(<SignUpForm onSignedUp={onSignedUp} />);
    await fill({
      name: 'Ayesha Khan',
      email: ' ayesha@crescent.pk ',
      password: 'long-enough-password',
    });
    await waitFor(() => expect(onSignedUp).toHaveBeenCalledWith(user));
    const [request] = answeredRequests();
    expect(request.url).toBe('/api/auth/register');
    expect(request.body).toEqual({
      fullName: 'Ayesha Khan',
      email: 'ayesha@crescent.pk',
      password: 'long-enough-password',
      locale: 'en',
    });
    expect(session.getState().status).toBe('signed-in');
  });

  it('says when the e-mail is taken (409), next to the e-mail field', async () => {
    registerAnswers(() => apiError(409, 'exists'));
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill({
      name: 'Ayesha Khan',
      email: 'ayesha@crescent.pk',
      password: 'long-enough-password',
    });
    expect(
      await screen.findByText('An account with this e-mail already exists. Sign in instead.'),
    ).toBeTruthy();
  });

  it('shows the API’s validation messages on their fields, in the user’s words', async () => {
    registerAnswers(() =>
      json(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: [{ field: 'password', messages: ['password must be at least 10 characters'] }],
        },
        400,
      ),
    );
    renderWithProviders(<SignUpForm onSignedUp={vi.fn()} />);
    await fill({
      name: 'Ayesha Khan',
      email: 'ayesha@crescent.pk',
      password: 'long-enough-password',
    });
    expect(await screen.findByText('Use at least 10 characters')).toBeTruthy();
  });
});
