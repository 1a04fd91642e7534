import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { aMember } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { EmailVerificationBanner } from './email-verification-banner';
import { NotificationPreferences } from './notification-preferences';
import { UnsubscribePage } from './unsubscribe-page';

const forged = (): Response =>
  HttpResponse.json(
    { statusCode: 400, error: 'Bad Request', message: 'no', code: 'invalid_token' },
    { status: 400 },
  );

describe('NotificationPreferences', () => {
  it('shows every category and saves one as it is switched', async () => {
    server.use(
      apiHttp.get('/api/me/notification-preferences', () =>
        json({ preferences: [{ category: 'messages', mail: true }] }),
      ),
      apiHttp.patch('/api/me/notification-preferences', ({ body }) =>
        json({ preferences: body.preferences }),
      ),
    );
    renderWithProviders(<NotificationPreferences />);
    const messages = await screen.findByRole('switch', { name: /Unread messages/ });
    expect((messages as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('switch')).toHaveLength(7);
    await userEvent.setup().click(messages);
    expect(await screen.findByTestId('preferences-saved')).toBeTruthy();
    expect(answeredRequests().at(-1)).toEqual({
      method: 'PATCH',
      url: '/api/me/notification-preferences',
      body: { preferences: [{ category: 'messages', mail: false }] },
    });
    await waitFor(() => expect((messages as HTMLInputElement).checked).toBe(false));
  });
});

describe('UnsubscribePage (/unsubscribe?token=…)', () => {
  it('opening the link is the one click: it names the kind of mail turned off', async () => {
    server.use(apiHttp.post('/api/mail/unsubscribe', () => json({ category: 'messages' })));
    renderWithProviders(<UnsubscribePage token="u.messages.sig" />);
    expect((await screen.findByTestId('unsubscribed')).textContent).toContain('“Unread messages”');
    expect(answeredRequests()).toEqual([
      { method: 'POST', url: '/api/mail/unsubscribe?token=u.messages.sig', body: undefined },
    ]);
    expect(screen.getByRole('link', { name: 'My e-mail settings' }).getAttribute('href')).toBe(
      '/account',
    );
  });

  it('a forged link is refused with a way to the settings', async () => {
    server.use(apiHttp.post('/api/mail/unsubscribe', () => forged()));
    renderWithProviders(<UnsubscribePage token="forged" />);
    expect((await screen.findByTestId('unsubscribe-failed')).textContent).toMatch(/not valid/);
  });
});

describe('EmailVerificationBanner', () => {
  afterEach(() => session.signOut());

  it('is absent for a verified user', () => {
    session.signIn({ user: aMember(), accessToken: 'a', refreshToken: 'r' });
    renderWithProviders(<EmailVerificationBanner />);
    expect(screen.queryByTestId('email-verification-banner')).toBeNull();
  });

  it('says the profile waits for the address and sends the link again', async () => {
    session.signIn({
      user: aMember({ emailVerified: false }),
      accessToken: 'a',
      refreshToken: 'r',
    });
    server.use(apiHttp.post('/api/auth/verify-email/resend', () => json({ accepted: true }, 202)));
    renderWithProviders(<EmailVerificationBanner />);
    const banner = screen.getByTestId('email-verification-banner');
    expect(banner.textContent).toContain('not sent to the chamber for review');
    expect(banner.textContent).toContain('ayesha@induslooms.pk');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send a new link' }));
    expect(await screen.findByTestId('verification-resent')).toBeTruthy();
    expect(answeredRequests()).toEqual([
      {
        method: 'POST',
        url: '/api/auth/verify-email/resend',
        body: { email: 'ayesha@induslooms.pk' },
      },
    ]);
  });
});
