import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { apiHttp } from '@/testing/msw/typed-http';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { SignInForm } from './sign-in-form';

describe('SignInForm', () => {
  it('tells the people of a suspended firm why they cannot sign in', async () => {
    server.use(
      apiHttp.post('/api/auth/login', () =>
        Response.json(
          {
            statusCode: 403,
            error: 'Forbidden',
            code: 'company_suspended',
            message: 'Your firm is suspended by the chamber: you cannot sign in for now',
            reason: 'Membership dues unpaid since June',
          },
          { status: 403 },
        ),
      ),
    );
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);
    const typing = userEvent.setup();
    await typing.type(screen.getByLabelText(/E-mail/), 'ayesha@crescent.pk');
    await typing.type(screen.getByLabelText(/Password/), 'correct-horse-battery');
    await typing.click(screen.getByRole('button', { name: 'Sign in' }));
    const error = await screen.findByTestId('sign-in-error');
    expect(error.textContent).toContain('The chamber suspended your firm’s account');
    expect(error.textContent).toContain('Reason: Membership dues unpaid since June');
  });
});
