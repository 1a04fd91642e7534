import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aMember } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';
import { VerifyEmailPage } from './verify-email-page';

/** The API's error body with its catalogue code. */
const failure = (status: number, code: string) =>
  HttpResponse.json({ statusCode: status, error: 'Error', message: code, code }, { status });

describe('VerifyEmailPage (/verify-email?token=…)', () => {
  afterEach(() => session.signOut());

  it('spends the token once and says the address is confirmed', async () => {
    server.use(apiHttp.post('/api/auth/verify-email', () => json({ ok: true })));
    renderWithProviders(<VerifyEmailPage token="tok-1" />);
    expect(await screen.findByTestId('verify-done')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    expect(answeredRequests()).toEqual([
      { method: 'POST', url: '/api/auth/verify-email', body: { token: 'tok-1' } },
    ]);
  });

  it('refreshes a signed-in user so that the banner goes away', async () => {
    session.signIn({
      user: aMember({ emailVerified: false }),
      accessToken: 'a',
      refreshToken: 'r',
    });
    server.use(
      apiHttp.post('/api/auth/verify-email', () => json({ ok: true })),
      apiHttp.get('/api/auth/me', () => json(aMember({ emailVerified: true }))),
    );
    renderWithProviders(<VerifyEmailPage token="tok-2" />);
    await screen.findByTestId('verify-done');
    await waitFor(() => expect(session.getState().user?.emailVerified).toBe(true));
  });

  it.each([
    [409, 'link_used', 'verify-used', /used already/],
    [410, 'link_expired', 'verify-expired', /expired/],
    [400, 'invalid_token', 'verify-invalid', /not valid/],
  ])('a %i %s link says so', async (status, code, testId, text) => {
    server.use(apiHttp.post('/api/auth/verify-email', () => failure(status, code)));
    renderWithProviders(<VerifyEmailPage token="bad" />);
    const alert = await screen.findByTestId(testId);
    expect(alert.textContent).toMatch(text);
  });

  it('offers a new link for an expired one, sent to the typed address', async () => {
    server.use(
      apiHttp.post('/api/auth/verify-email', () => failure(410, 'link_expired')),
      apiHttp.post('/api/auth/verify-email/resend', () => json({ accepted: true }, 202)),
    );
    renderWithProviders(<VerifyEmailPage token="old" />);
    await screen.findByTestId('verify-expired');
    const typing = userEvent.setup();
    await typing.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByText(/Enter a valid e-mail address/)).toBeTruthy();
    await typing.type(screen.getByLabelText('Your e-mail address'), 'ayesha@induslooms.pk');
    await typing.click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByTestId('verification-resent')).toBeTruthy();
    expect(answeredRequests().at(-1)).toEqual({
      method: 'POST',
      url: '/api/auth/verify-email/resend',
      body: { email: 'ayesha@induslooms.pk' },
    });
  });

  it('without a token, calls nothing and says the link is broken', async () => {
    renderWithProviders(<VerifyEmailPage token="" />);
    expect(await screen.findByTestId('verify-invalid')).toBeTruthy();
    expect(answeredRequests()).toEqual([]);
  });
});

describe('ForgotPasswordPage', () => {
  it('checks the address, then gives the same answer whatever the API knows', async () => {
    server.use(
      apiHttp.post('/api/auth/password-reset/request', () => json({ accepted: true }, 202)),
    );
    renderWithProviders(<ForgotPasswordPage />);
    const typing = userEvent.setup();
    await typing.type(screen.getByLabelText(/E-mail/), 'nobody');
    await typing.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByText(/Enter a valid e-mail address/)).toBeTruthy();
    expect(answeredRequests()).toEqual([]);
    await typing.clear(screen.getByLabelText(/E-mail/));
    await typing.type(screen.getByLabelText(/E-mail/), 'unknown@example.com');
    await typing.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByTestId('reset-requested')).textContent).toContain(
      'If an account uses unknown@example.com',
    );
  });

  it('a flood of requests is told to wait', async () => {
    server.use(
      apiHttp.post('/api/auth/password-reset/request', () => failure(429, 'rate_limited')),
    );
    renderWithProviders(<ForgotPasswordPage />);
    const typing = userEvent.setup();
    await typing.type(screen.getByLabelText(/E-mail/), 'a@b.co');
    await typing.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Too many requests/);
  });
});

describe('ResetPasswordPage (/reset-password?token=…)', () => {
  const renderReset = (token: string) =>
    renderWithProviders(
      <Routes>
        <Route path="/reset" element={<ResetPasswordPage token={token} />} />
        <Route path="/sign-in" element={<p data-testid="sign-in-page">sign in</p>} />
      </Routes>,
      { route: '/reset' },
    );
  const fill = async (password: string, repeat: string) => {
    const typing = userEvent.setup();
    await typing.type(screen.getByLabelText(/^New password\s*\*?$/), password);
    await typing.type(screen.getByLabelText(/^New password again/), repeat);
    await typing.click(screen.getByRole('button', { name: 'Save the new password' }));
  };

  it('wants the same long-enough password twice before sending anything', async () => {
    renderReset('tok');
    await fill('short', 'other');
    expect(await screen.findByText('The two passwords are not the same')).toBeTruthy();
    expect(screen.getAllByText('At least 10 characters').length).toBeGreaterThan(1);
    expect(answeredRequests()).toEqual([]);
  });

  it('sets the password with the token and goes to sign-in', async () => {
    server.use(apiHttp.post('/api/auth/password-reset', () => json({ ok: true })));
    renderReset('tok-9');
    await fill('a-new-long-password', 'a-new-long-password');
    expect(await screen.findByTestId('sign-in-page')).toBeTruthy();
    expect(answeredRequests()).toEqual([
      {
        method: 'POST',
        url: '/api/auth/password-reset',
        body: { token: 'tok-9', password: 'a-new-long-password' },
      },
    ]);
  });

  it.each([
    [409, 'link_used', 'reset-used', /used already/],
    [410, 'link_expired', 'reset-expired', /30 minutes/],
    [400, 'invalid_token', 'reset-invalid', /not valid/],
  ])('a %i %s link says so and offers a new one', async (status, code, testId, text) => {
    server.use(apiHttp.post('/api/auth/password-reset', () => failure(status, code)));
    renderReset('tok');
    await fill('a-new-long-password', 'a-new-long-password');
    expect((await screen.findByTestId(testId)).textContent).toMatch(text);
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });
});
