import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { ChangePasswordForm } from './change-password-form';

async function fill(current: string, next: string, again = next) {
  const typing = userEvent.setup();
  await typing.type(screen.getByLabelText(/Current password/), current);
  await typing.type(screen.getByLabelText(/^New password(\s*\*)?$/), next);
  await typing.type(screen.getByLabelText(/New password again/), again);
  await typing.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  it('checks length, sameness and the repeat before sending anything', async () => {
    server.use(apiHttp.post('/api/auth/password', () => json({ ok: true, otherLoginsEnded: 0 })));
    renderWithProviders(<ChangePasswordForm />);
    await fill('old-password', 'short', 'other');
    expect(await screen.findByText('At least 10 characters')).toBeTruthy();
    expect(screen.getByText('The two new passwords differ')).toBeTruthy();
    expect(answeredRequests()).toEqual([]);
  });

  it('puts a wrong current password next to its field', async () => {
    server.use(
      apiHttp.post('/api/auth/password', () =>
        Response.json(
          {
            statusCode: 400,
            error: 'Bad Request',
            code: 'invalid_input',
            message: [
              { field: 'currentPassword', messages: ['The current password is not right'] },
            ],
          },
          { status: 400 },
        ),
      ),
    );
    renderWithProviders(<ChangePasswordForm />);
    await fill('wrong-password', 'a-brand-new-passphrase');
    expect(await screen.findByText('The current password is not right')).toBeTruthy();
    expect(screen.queryByTestId('password-changed')).toBeNull();
  });

  it('says how many other devices were signed out', async () => {
    server.use(apiHttp.post('/api/auth/password', () => json({ ok: true, otherLoginsEnded: 2 })));
    renderWithProviders(<ChangePasswordForm />);
    await fill('old-password', 'a-brand-new-passphrase');
    expect((await screen.findByTestId('password-changed')).textContent).toBe(
      'Your password is changed. 2 other devices were signed out.',
    );
    const [request] = answeredRequests();
    expect(request.body).toEqual({
      currentPassword: 'old-password',
      newPassword: 'a-brand-new-passphrase',
    });
  });
});
