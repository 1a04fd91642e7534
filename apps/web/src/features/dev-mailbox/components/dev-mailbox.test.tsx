import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';
import { CaughtMailPage } from './caught-mail-page';
import { DevMailboxPage } from './dev-mailbox-page';

const summary = {
  id: '6f1c2a9e-0b5d-4f7e-9a41-3d2b8c7e5f10',
  receivedAt: '2026-12-03T07:00:00.000Z',
  messageId: '<6f1c@jcc.localhost>',
  from: 'PAK-AZ Joint Chamber <no-reply@jcc.localhost>',
  to: ['ayesha@induslooms.pk'],
  subject: 'Confirm your e-mail address',
};

describe('Development mailbox (staff)', () => {
  it('lists the caught mails with a link to each', async () => {
    server.use(http.get('*/api/dev/mailbox', () => HttpResponse.json({ items: [summary] })));
    renderWithProviders(<DevMailboxPage />);
    const link = await screen.findByRole('link', { name: 'Confirm your e-mail address' });
    expect(link.getAttribute('href')).toBe(`/staff/mailbox/${summary.id}`);
    expect(screen.getByText('ayesha@induslooms.pk')).toBeTruthy();
  });

  it('says so when the API has no mailbox (real SMTP)', async () => {
    server.use(http.get('*/api/dev/mailbox', () => HttpResponse.json({}, { status: 404 })));
    renderWithProviders(<DevMailboxPage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/real mail server/);
  });

  it('shows one mail: HTML in a sandboxed frame, and the text part', async () => {
    server.use(
      http.get(`*/api/dev/mailbox/${summary.id}`, () =>
        HttpResponse.json({
          ...summary,
          html: '<p>Hello <script>alert(1)</script></p>',
          text: 'Hello\nhttps://b2b.example/verify-email?token=abc',
          headers: {},
        }),
      ),
    );
    renderWithProviders(<CaughtMailPage mailId={summary.id} />);
    const frame = await screen.findByTitle('The HTML part of “Confirm your e-mail address”');
    // No scripts, no same-origin access: the mail cannot reach the staff member's session.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Hello');
    expect(screen.getByTestId('mail-text').textContent).toContain('/verify-email?token=abc');
  });
});
