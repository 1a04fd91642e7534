import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aMember } from '@/testing/msw/fixtures';
import { apiHttp } from '@/testing/msw/typed-http';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { SignInRoute } from './sign-in';

const REASON = 'Membership dues unpaid since June';

describe('the sign-in page after the firm was suspended', () => {
  // A plain sign-out keeps why the server ended a session; a sign-in in between forgets it.
  afterEach(() => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    session.signOut();
  });

  it('says the session ended with staff’s reason, until the form answers for itself', async () => {
    session.signOut({ code: 'company_suspended', reason: REASON });
    server.use(
      apiHttp.post('/api/auth/login', () =>
        Response.json(
          {
            statusCode: 403,
            error: 'Forbidden',
            code: 'company_suspended',
            message: 'suspended',
            reason: REASON,
          },
          { status: 403 },
        ),
      ),
    );
    renderWithProviders(<SignInRoute />, { route: '/sign-in?expired=1' });
    const notice = screen.getByTestId('session-suspended');
    expect(notice.textContent).toContain('You were signed out');
    expect(notice.textContent).toContain(`Reason: ${REASON}`);
    // Not also "your session has ended": the suspension says more.
    expect(screen.queryByText('Your session has ended. Please sign in again.')).toBeNull();

    const typing = userEvent.setup();
    await typing.type(screen.getByLabelText(/E-mail/), 'ayesha@crescent.pk');
    await typing.type(screen.getByLabelText(/Password/), 'correct-horse-battery');
    await typing.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('sign-in-error')).textContent).toContain(REASON);
    expect(screen.queryByTestId('session-suspended')).toBeNull();
  });

  it('a plain expiry says only that', () => {
    session.signOut();
    renderWithProviders(<SignInRoute />, { route: '/sign-in?expired=1' });
    screen.getByText('Your session has ended. Please sign in again.');
    expect(screen.queryByTestId('session-suspended')).toBeNull();
  });
});
